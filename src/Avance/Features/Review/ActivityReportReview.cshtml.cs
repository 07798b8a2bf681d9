using Avance.Data;
using Avance.Features.Accounts;
using Avance.Features.Reporting;
using Avance.Web;
using Microsoft.AspNetCore.Authorization;

namespace Avance.Features.Review;

/// <summary>One activity status report: what the agency says, its history, and the reviewer's decision.</summary>
[Authorize(Policy = Permissions.ReviewValues)]
public sealed class ActivityReportReviewModel(AvanceDb db, ValueReview review, UiText text) : ItemReviewModel<ActivityReportDetail>(text)
{
    protected override IReadOnlyList<string> Notices { get; } = ["approved", "returned"];
    protected override string Segment => "activity-reports";
    protected override int ItemVersion => Detail.Report.Version;

    public override bool CanDecide => Detail.Report.ReportStatus == MeasurementStatus.Submitted && PeriodQueries.InCycle(Detail.Period);

    protected override Task<ActivityReportDetail?> ReadAsync(int id, CancellationToken cancellationToken) =>
        ReviewQueries.ActivityReport(db, id, Language, cancellationToken);

    protected override Task<CommandOutcome> DecideAsync(int id, CancellationToken cancellationToken) =>
        review.DecideActivityReportAsync(Caller, id, Decision, Version, Reason, cancellationToken);
}
