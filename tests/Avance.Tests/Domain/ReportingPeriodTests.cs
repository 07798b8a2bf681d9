using Avance.Domain;
using Avance.Features.Reporting;

namespace Avance.Tests.Domain;

public sealed class ReportingPeriodTests
{
    private static readonly DateOnly Deadline = new(2022, 3, 31);
    private static readonly DateTimeOffset At = new(2022, 6, 1, 9, 0, 0, TimeSpan.Zero);

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
}
