using Avance.Domain;
using Avance.Features.Indicators;
using Avance.Features.Reporting;

namespace Avance.Tests.Domain;

public sealed class MeasurementWorkflowTests
{
    private static readonly DateTimeOffset At = new(2023, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public enum Step { Submit, Return, Approve, Publish }

    /// <summary>Every status × every step: the allowed ones and where they lead; all others must be refused.</summary>
    public static TheoryData<MeasurementStatus, Step, MeasurementStatus?> Transitions()
    {
        var allowed = new Dictionary<(MeasurementStatus, Step), MeasurementStatus>
        {
            [(MeasurementStatus.Draft, Step.Submit)] = MeasurementStatus.Submitted,
            [(MeasurementStatus.Returned, Step.Submit)] = MeasurementStatus.Submitted,
            [(MeasurementStatus.Submitted, Step.Return)] = MeasurementStatus.Returned,
            [(MeasurementStatus.Submitted, Step.Approve)] = MeasurementStatus.Approved,
            [(MeasurementStatus.Approved, Step.Publish)] = MeasurementStatus.Published,
        };
        var data = new TheoryData<MeasurementStatus, Step, MeasurementStatus?>();
        foreach (var status in Enum.GetValues<MeasurementStatus>())
            foreach (var step in Enum.GetValues<Step>())
                data.Add(status, step, allowed.TryGetValue((status, step), out var next) ? next : null);
        return data;
    }

    [Theory]
    [MemberData(nameof(Transitions))]
    public void Measurement_MovesOnlyAlongTheReviewCycle(MeasurementStatus from, Step step, MeasurementStatus? to)
    {
        var measurement = MeasurementIn(from);
        var version = measurement.Version;

        if (to is { } next)
        {
            Apply(measurement, step);
            Assert.Equal(next, measurement.Status);
            Assert.Equal(version + 1, measurement.Version);
        }
        else
        {
            var error = Assert.Throws<DomainRuleException>(() => Apply(measurement, step));
            Assert.Equal($"measurement.cannot-{step.ToString().ToLowerInvariant()}", error.Code);
            Assert.Equal(from, measurement.Status);
            Assert.Equal(version, measurement.Version);
        }
    }

    [Theory]
    [MemberData(nameof(Transitions))]
    public void ActivityReport_FollowsTheSameCycle(MeasurementStatus from, Step step, MeasurementStatus? to)
    {
        var report = ReportIn(from);

        if (to is { } next)
        {
            ApplyToReport(report, step);
            Assert.Equal(next, report.ReportStatus);
        }
        else
        {
            Assert.Equal($"activity-report.cannot-{step.ToString().ToLowerInvariant()}",
                Assert.Throws<DomainRuleException>(() => ApplyToReport(report, step)).Code);
            Assert.Equal(from, report.ReportStatus);
        }
    }

    [Fact]
    public void PublishingADraft_IsRefusedWithAMessageSayingWhy()
    {
        var measurement = MeasurementIn(MeasurementStatus.Draft);

        var error = Assert.Throws<DomainRuleException>(measurement.Publish);

        Assert.Equal("measurement.cannot-publish", error.Code);
        Assert.Contains("only an approved one can be published", error.Message);
    }

    [Fact]
    public void Return_KeepsTheReason_AndApprovalAfterResubmissionClearsIt()
    {
        var measurement = MeasurementIn(MeasurementStatus.Submitted);

        measurement.Return("  The source document is missing.  ");
        Assert.Equal("The source document is missing.", measurement.ReturnReason);
        measurement.Submit();
        measurement.Approve();

        Assert.Null(measurement.ReturnReason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Return_WithoutAReason_IsRefused(string reason)
    {
        var measurement = MeasurementIn(MeasurementStatus.Submitted);

        Assert.Equal("measurement.return-reason-missing", Assert.Throws<DomainRuleException>(() => measurement.Return(reason)).Code);
        Assert.Equal(MeasurementStatus.Submitted, measurement.Status);
    }

    [Fact]
    public void Return_WithAReasonTooLongToStore_IsRefused()
    {
        var measurement = MeasurementIn(MeasurementStatus.Submitted);

        Assert.Equal("measurement.return-reason-too-long",
            Assert.Throws<DomainRuleException>(() => measurement.Return(new string('x', 2001))).Code);
    }

    [Fact]
    public void Submit_WithoutAnyValue_IsRefused()
    {
        var measurement = new Measurement(1, 1, DisaggregationKey.Total);

        Assert.Equal("measurement.empty", Assert.Throws<DomainRuleException>(measurement.Submit).Code);
    }

    [Fact]
    public void Submit_WithAnAnswerInWords_IsAllowed()
    {
        var measurement = new Measurement(1, 1, DisaggregationKey.Total);
        measurement.Record(null, "Two protocols adopted", null, null, null, At);

        measurement.Submit();

        Assert.Equal(MeasurementStatus.Submitted, measurement.Status);
    }

    [Fact]
    public void FullCycle_DraftToPublished_KeepsTheRecordedValueAndItsRevision()
    {
        var measurement = new Measurement(1, 1, DisaggregationKey.Of((DisaggregationDimension.Sex, "female")));
        measurement.Record(36, null, null, 7, null, At);

        measurement.Submit();
        measurement.Return("Give the source.");
        measurement.Record(36, null, null, 8, null, At, "source added");
        measurement.Submit();
        measurement.Approve();
        measurement.Publish();

        Assert.Equal(MeasurementStatus.Published, measurement.Status);
        Assert.Equal(36, measurement.Value);
        Assert.Equal([7, 8], measurement.Revisions.Select(r => r.SourceId));
    }

    internal static Measurement MeasurementIn(MeasurementStatus status)
    {
        var measurement = new Measurement(1, 1, DisaggregationKey.Total);
        measurement.Record(119, null, null, null, null, At);
        if (status == MeasurementStatus.Draft) return measurement;
        measurement.Submit();
        if (status == MeasurementStatus.Returned) measurement.Return("Check the figure.");
        if (status is MeasurementStatus.Approved or MeasurementStatus.Published) measurement.Approve();
        if (status == MeasurementStatus.Published) measurement.Publish();
        return measurement;
    }

    private static ActivityStatusReport ReportIn(MeasurementStatus status)
    {
        var report = new ActivityStatusReport(1, 1, ImplementationStatus.InProgress, null);
        if (status == MeasurementStatus.Draft) return report;
        report.Submit();
        if (status == MeasurementStatus.Returned) report.Return();
        if (status is MeasurementStatus.Approved or MeasurementStatus.Published) report.Approve();
        if (status == MeasurementStatus.Published) report.Publish();
        return report;
    }

    private static void Apply(Measurement measurement, Step step)
    {
        switch (step)
        {
            case Step.Submit: measurement.Submit(); break;
            case Step.Return: measurement.Return("Please check."); break;
            case Step.Approve: measurement.Approve(); break;
            default: measurement.Publish(); break;
        }
    }

    private static void ApplyToReport(ActivityStatusReport report, Step step)
    {
        switch (step)
        {
            case Step.Submit: report.Submit(); break;
            case Step.Return: report.Return(); break;
            case Step.Approve: report.Approve(); break;
            default: report.Publish(); break;
        }
    }
}
