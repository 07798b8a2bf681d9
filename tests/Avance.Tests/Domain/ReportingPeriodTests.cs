using Avance.Domain;
using Avance.Features.Reporting;

namespace Avance.Tests.Domain;

public sealed class ReportingPeriodTests
{
    private static readonly DateOnly Deadline = new(2022, 3, 31);
    private static readonly DateTimeOffset At = new(2022, 6, 1, 9, 0, 0, TimeSpan.Zero);

    public enum Step { Open, Close, Publish }

    public static TheoryData<PeriodState, Step, PeriodState?> Transitions()
    {
        var allowed = new Dictionary<(PeriodState, Step), PeriodState>
        {
            [(PeriodState.Planned, Step.Open)] = PeriodState.Open,
            [(PeriodState.Closed, Step.Open)] = PeriodState.Open,
            [(PeriodState.Open, Step.Close)] = PeriodState.Closed,
            [(PeriodState.Closed, Step.Publish)] = PeriodState.Published,
        };
        var data = new TheoryData<PeriodState, Step, PeriodState?>();
        foreach (var state in Enum.GetValues<PeriodState>())
            foreach (var step in Enum.GetValues<Step>())
                data.Add(state, step, allowed.TryGetValue((state, step), out var next) ? next : null);
        return data;
    }

    [Theory]
    [MemberData(nameof(Transitions))]
    public void Period_MovesOnlyFromPlannedThroughOpenAndClosedToPublished(PeriodState from, Step step, PeriodState? to)
    {
        var period = PeriodIn(from);

        if (to is { } next)
        {
            Apply(period, step);
            Assert.Equal(next, period.State);
        }
        else
        {
            Assert.Equal($"period.cannot-{step.ToString().ToLowerInvariant()}", Assert.Throws<DomainRuleException>(() => Apply(period, step)).Code);
            Assert.Equal(from, period.State);
        }
    }

    [Fact]
    public void Open_SetsTheDeadline_AndReopeningMovesIt()
    {
        var period = PeriodIn(PeriodState.Closed);

        period.Open(new DateOnly(2022, 4, 30));

        Assert.Equal(new DateOnly(2022, 4, 30), period.Deadline);
    }

    [Fact]
    public void Open_WithADeadlineBeforeThePeriodStarts_IsRefused()
    {
        var period = PeriodIn(PeriodState.Planned);

        Assert.Equal("period.deadline-before-start",
            Assert.Throws<DomainRuleException>(() => period.Open(new DateOnly(2020, 12, 31))).Code);
        Assert.Equal(PeriodState.Planned, period.State);
        Assert.Null(period.Deadline);
    }

    [Fact]
    public void Publish_RecordsWhen_AndPublishingAnOpenPeriodIsRefused()
    {
        var open = PeriodIn(PeriodState.Open);
        Assert.Throws<DomainRuleException>(() => open.Publish(At));
        Assert.Null(open.PublishedAt);

        var closed = PeriodIn(PeriodState.Closed);
        closed.Publish(At);

        Assert.Equal(At, closed.PublishedAt);
    }

    private static ReportingPeriod PeriodIn(PeriodState state)
    {
        var period = new ReportingPeriod(1, "2021", new DateOnly(2021, 1, 1), new DateOnly(2021, 12, 31));
        if (state == PeriodState.Planned) return period;
        period.Open(Deadline);
        if (state == PeriodState.Open) return period;
        period.Close();
        if (state == PeriodState.Published) period.Publish(At);
        return period;
    }

    private static void Apply(ReportingPeriod period, Step step)
    {
        switch (step)
        {
            case Step.Open: period.Open(Deadline); break;
            case Step.Close: period.Close(); break;
            default: period.Publish(At); break;
        }
    }
}
