using Avance.Domain;
using Avance.Features.Reporting;
using Avance.Tests.Domain;

namespace Avance.Tests.Features.Review;

/// <summary>
/// The workflow as a state machine: every state × every action of measurements, activity reports and periods, with
/// the state it leads to or the rule code that refuses it. A refused action leaves the item as it was.
/// </summary>
public sealed class WorkflowTransitionTests
{
    private static readonly DateTimeOffset At = new(2025, 6, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Deadline = new(2025, 3, 31);

    public enum ValueAction { Record, Submit, Return, Approve, Publish, Correct }

    public enum PeriodAction { Open, Close, Publish }

    public static TheoryData<MeasurementStatus, ValueAction, string> MeasurementTransitions() => Table(
        new Dictionary<(MeasurementStatus, ValueAction), MeasurementStatus>
        {
            [(MeasurementStatus.Draft, ValueAction.Record)] = MeasurementStatus.Draft,
            [(MeasurementStatus.Submitted, ValueAction.Record)] = MeasurementStatus.Submitted,
            [(MeasurementStatus.Returned, ValueAction.Record)] = MeasurementStatus.Returned,
            [(MeasurementStatus.Draft, ValueAction.Submit)] = MeasurementStatus.Submitted,
            [(MeasurementStatus.Returned, ValueAction.Submit)] = MeasurementStatus.Submitted,
            [(MeasurementStatus.Submitted, ValueAction.Return)] = MeasurementStatus.Returned,
            [(MeasurementStatus.Submitted, ValueAction.Approve)] = MeasurementStatus.Approved,
            [(MeasurementStatus.Approved, ValueAction.Publish)] = MeasurementStatus.Published,
            [(MeasurementStatus.Published, ValueAction.Correct)] = MeasurementStatus.Published,
        },
        // Recording is refused as "locked", not "cannot-record": approval locks a value.
        refusal: (status, action) => action == ValueAction.Record ? "measurement.locked" : $"measurement.cannot-{action.ToString().ToLowerInvariant()}");

    public static TheoryData<MeasurementStatus, ValueAction, string> ReportTransitions() => Table(
        new Dictionary<(MeasurementStatus, ValueAction), MeasurementStatus>
        {
            [(MeasurementStatus.Draft, ValueAction.Submit)] = MeasurementStatus.Submitted,
            [(MeasurementStatus.Returned, ValueAction.Submit)] = MeasurementStatus.Submitted,
            [(MeasurementStatus.Submitted, ValueAction.Return)] = MeasurementStatus.Returned,
            [(MeasurementStatus.Submitted, ValueAction.Approve)] = MeasurementStatus.Approved,
            [(MeasurementStatus.Approved, ValueAction.Publish)] = MeasurementStatus.Published,
        },
        refusal: (_, action) => $"activity-report.cannot-{action.ToString().ToLowerInvariant()}",
        actions: [ValueAction.Submit, ValueAction.Return, ValueAction.Approve, ValueAction.Publish]);

    public static TheoryData<PeriodState, PeriodAction, string> PeriodTransitions()
    {
        var allowed = new Dictionary<(PeriodState, PeriodAction), PeriodState>
        {
            [(PeriodState.Planned, PeriodAction.Open)] = PeriodState.Open,
            [(PeriodState.Closed, PeriodAction.Open)] = PeriodState.Open,
            [(PeriodState.Open, PeriodAction.Close)] = PeriodState.Closed,
            [(PeriodState.Closed, PeriodAction.Publish)] = PeriodState.Published,
        };
        var data = new TheoryData<PeriodState, PeriodAction, string>();
        foreach (var state in Enum.GetValues<PeriodState>())
            foreach (var action in Enum.GetValues<PeriodAction>())
                data.Add(state, action, allowed.TryGetValue((state, action), out var next) ? next.ToString() : $"period.cannot-{action.ToString().ToLowerInvariant()}");
        return data;
    }

    [Theory]
    [MemberData(nameof(MeasurementTransitions))]
    public void Measurement_goes_where_the_table_says_or_is_refused_unchanged(MeasurementStatus from, ValueAction action, string expected)
    {
        var measurement = MeasurementWorkflowTests.MeasurementIn(from);
        var (version, revisions, value) = (measurement.Version, measurement.Revisions.Count, measurement.Value);

        var error = Record.Exception(() => Apply(measurement, action));

        if (Enum.TryParse<MeasurementStatus>(expected, out var next))
        {
            Assert.Null(error);
            Assert.Equal(next, measurement.Status);
            Assert.True(measurement.Version > version);
        }
        else
        {
            Assert.Equal(expected, Assert.IsType<DomainRuleException>(error).Code);
            Assert.Equal((from, version, revisions, value), (measurement.Status, measurement.Version, measurement.Revisions.Count, measurement.Value));
        }
    }

    [Theory]
    [MemberData(nameof(ReportTransitions))]
    public void Activity_report_goes_where_the_table_says_or_is_refused_unchanged(MeasurementStatus from, ValueAction action, string expected)
    {
        var report = ReportIn(from);
        var version = report.Version;

        var error = Record.Exception(() => ApplyToReport(report, action));

        if (Enum.TryParse<MeasurementStatus>(expected, out var next))
        {
            Assert.Null(error);
            Assert.Equal(next, report.ReportStatus);
        }
        else
        {
            Assert.Equal(expected, Assert.IsType<DomainRuleException>(error).Code);
            Assert.Equal((from, version), (report.ReportStatus, report.Version));
        }
    }

    [Theory]
    [MemberData(nameof(PeriodTransitions))]
    public void Period_goes_where_the_table_says_or_is_refused_unchanged(PeriodState from, PeriodAction action, string expected)
    {
        var period = PeriodIn(from);

        var error = Record.Exception(() => ApplyToPeriod(period, action));

        if (Enum.TryParse<PeriodState>(expected, out var next))
        {
            Assert.Null(error);
            Assert.Equal(next, period.State);
        }
        else
        {
            Assert.Equal(expected, Assert.IsType<DomainRuleException>(error).Code);
            Assert.Equal(from, period.State);
        }
    }

    private static TheoryData<MeasurementStatus, ValueAction, string> Table(Dictionary<(MeasurementStatus, ValueAction), MeasurementStatus> allowed,
        Func<MeasurementStatus, ValueAction, string> refusal, ValueAction[]? actions = null)
    {
        var data = new TheoryData<MeasurementStatus, ValueAction, string>();
        foreach (var status in Enum.GetValues<MeasurementStatus>())
            foreach (var action in actions ?? Enum.GetValues<ValueAction>())
                data.Add(status, action, allowed.TryGetValue((status, action), out var next) ? next.ToString() : refusal(status, action));
        return data;
    }

    private static ActivityStatusReport ReportIn(MeasurementStatus status)
    {
        var report = new ActivityStatusReport(1, 1, ImplementationStatus.InProgress, null);
        if (status == MeasurementStatus.Draft) return report;
        report.Submit();
        if (status == MeasurementStatus.Returned) report.Return("Say which course was given.");
        if (status is MeasurementStatus.Approved or MeasurementStatus.Published) report.Approve();
        if (status == MeasurementStatus.Published) report.Publish();
        return report;
    }

    private static ReportingPeriod PeriodIn(PeriodState state)
    {
        var period = new ReportingPeriod(1, "2024", new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31));
        if (state == PeriodState.Planned) return period;
        period.Open(Deadline);
        if (state == PeriodState.Open) return period;
        period.Close();
        if (state == PeriodState.Published) period.Publish(At);
        return period;
    }

    private static void Apply(Measurement measurement, ValueAction action)
    {
        switch (action)
        {
            case ValueAction.Record: measurement.Record(120, null, null, null, null, At); break;
            case ValueAction.Submit: measurement.Submit(); break;
            case ValueAction.Return: measurement.Return("Please check."); break;
            case ValueAction.Approve: measurement.Approve(); break;
            case ValueAction.Publish: measurement.Publish(); break;
            default: measurement.Correct(121, null, null, null, At, "The ministry's final report counts 121."); break;
        }
    }

    private static void ApplyToReport(ActivityStatusReport report, ValueAction action)
    {
        switch (action)
        {
            case ValueAction.Submit: report.Submit(); break;
            case ValueAction.Return: report.Return("Please check."); break;
            case ValueAction.Approve: report.Approve(); break;
            default: report.Publish(); break;
        }
    }

    private static void ApplyToPeriod(ReportingPeriod period, PeriodAction action)
    {
        switch (action)
        {
            case PeriodAction.Open: period.Open(Deadline); break;
            case PeriodAction.Close: period.Close(); break;
            default: period.Publish(At); break;
        }
    }
}
