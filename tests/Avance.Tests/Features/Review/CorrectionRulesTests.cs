using Avance.Domain;
using Avance.Features.Reporting;
using Avance.Tests.Domain;

namespace Avance.Tests.Features.Review;

/// <summary>The domain rules of reasons, locks and corrections, beyond which transitions exist.</summary>
public sealed class CorrectionRulesTests
{
    private static readonly DateTimeOffset At = new(2025, 6, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_correction_keeps_the_earlier_figure_and_records_the_new_one_with_its_reason()
    {
        var measurement = MeasurementWorkflowTests.MeasurementIn(MeasurementStatus.Published);

        measurement.Correct(121, null, null, null, At, "  The ministry's final report counts 121.  ");

        Assert.Equal(121, measurement.Value);
        Assert.Equal(MeasurementStatus.Published, measurement.Status);
        Assert.Equal([119m, 121m], measurement.Revisions.Select(r => r.Value!.Value));
        Assert.Equal("The ministry's final report counts 121.", measurement.Revisions[^1].Reason);
        Assert.Equal(At, measurement.Revisions[^1].RecordedAt);
    }

    [Theory]
    [InlineData(null, "measurement.correction-reason-missing")]
    [InlineData("   ", "measurement.correction-reason-missing")]
    [InlineData("2001", "measurement.correction-reason-too-long")]
    public void A_correction_without_a_usable_reason_is_refused(string? reason, string code)
    {
        var measurement = MeasurementWorkflowTests.MeasurementIn(MeasurementStatus.Published);

        var error = Assert.Throws<DomainRuleException>(() =>
            measurement.Correct(121, null, null, null, At, reason == "2001" ? new string('x', 2001) : reason));

        Assert.Equal(code, error.Code);
        Assert.Equal(119, measurement.Value);
        Assert.Single(measurement.Revisions);
    }

    [Fact]
    public void A_correction_that_changes_nothing_is_refused()
    {
        var measurement = MeasurementWorkflowTests.MeasurementIn(MeasurementStatus.Published);

        Assert.Equal("measurement.correction-unchanged",
            Assert.Throws<DomainRuleException>(() => measurement.Correct(119, null, null, null, At, "Same again.")).Code);
    }

    [Fact]
    public void An_approved_value_is_locked_even_when_a_reason_is_given()
    {
        var measurement = MeasurementWorkflowTests.MeasurementIn(MeasurementStatus.Approved);

        Assert.Equal("measurement.locked",
            Assert.Throws<DomainRuleException>(() => measurement.Record(120, null, null, null, null, At, "A better figure.")).Code);
        Assert.Equal(119, measurement.Value);
    }

    [Theory]
    [InlineData("", "activity-report.return-reason-missing")]
    [InlineData("2001", "activity-report.return-reason-too-long")]
    public void Returning_an_activity_report_needs_a_reason_it_can_keep(string reason, string code)
    {
        var report = new ActivityStatusReport(1, 1, ImplementationStatus.Delayed, null);
        report.Submit();

        var error = Assert.Throws<DomainRuleException>(() => report.Return(reason == "2001" ? new string('x', 2001) : reason));

        Assert.Equal(code, error.Code);
        Assert.Equal(MeasurementStatus.Submitted, report.ReportStatus);
        Assert.Equal("Give the date.", report.Return("  Give the date.  "));
    }

    [Theory]
    [InlineData("", "period.label-missing")]
    [InlineData("101", "period.label-too-long")]
    public void A_period_needs_a_label_that_fits(string label, string code)
    {
        var error = Assert.Throws<DomainRuleException>(() =>
            new ReportingPeriod(1, label == "101" ? new string('x', 101) : label, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)));

        Assert.Equal(code, error.Code);
    }
}
