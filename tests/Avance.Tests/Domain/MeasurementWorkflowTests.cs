using Avance.Domain;
using Avance.Features.Indicators;
using Avance.Features.Reporting;

namespace Avance.Tests.Domain;

public sealed class MeasurementWorkflowTests
{
    private static readonly DateTimeOffset At = new(2023, 3, 1, 12, 0, 0, TimeSpan.Zero);

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
}
