using Avance.Data;
using Avance.Features.Accounts;
using Avance.Features.Reporting;
using Avance.Web;
using Microsoft.AspNetCore.Authorization;

namespace Avance.Features.Review;

/// <summary>One reported value: what it says, every figure recorded for it, its history, and the reviewer's decision.</summary>
[Authorize(Policy = Permissions.ReviewValues)]
public sealed class MeasurementReviewModel(AvanceDb db, ValueReview review, UiText text) : ItemReviewModel<MeasurementDetail>(text)
{
    protected override IReadOnlyList<string> Notices { get; } = ["approved", "returned", "corrected"];
    protected override string Segment => "measurements";
    protected override int ItemVersion => Detail.Value.Version;

    public override bool CanDecide => Detail.Value.Status == MeasurementStatus.Submitted && PeriodQueries.InCycle(Detail.Period);

    public bool CanCorrect => Detail.Value.Status == MeasurementStatus.Published && Caller.Has(Permissions.CorrectPublished);

    protected override Task<MeasurementDetail?> ReadAsync(int id, CancellationToken cancellationToken) =>
        ReviewQueries.Measurement(db, id, Language, cancellationToken);

    protected override Task<CommandOutcome> DecideAsync(int id, CancellationToken cancellationToken) =>
        review.DecideMeasurementAsync(Caller, id, Decision, Version, Reason, cancellationToken);
}
