using Avance.Data;
using Avance.Features.Accounts;
using Avance.Features.Reporting;
using Avance.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Avance.Features.Review;

/// <summary>One activity status report: what the agency says, its history, and the reviewer's decision.</summary>
[Authorize(Policy = Permissions.ReviewValues)]
public sealed class ActivityReportReviewModel(AvanceDb db, ValueReview review, UiText text) : WorkflowPageModel(text)
{
    private static readonly string[] Notices = ["approved", "returned"];

    [BindProperty] public Decision Decision { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public int? Version { get; set; }

    public ActivityReportDetail Detail { get; private set; } = null!;
    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, string? done, CancellationToken cancellationToken)
    {
        Done = Notices.FirstOrDefault(n => n == done);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var outcome = await review.DecideActivityReportAsync(Caller, id, Decision, Version, Reason, cancellationToken);
        if (outcome.Succeeded) return Redirect(WorkspacePath($"review/activity-reports/{id}?done={IndicatorReviewModel.Done(Decision)}"));
        if (Failed(outcome) is { } answer) return answer;
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public bool CanDecide => Detail.Report.ReportStatus == MeasurementStatus.Submitted && PeriodQueries.InCycle(Detail.Period);

    public override string? Unsaved => CanDecide ? null : Reason;

    public DecisionForm Form => ReviewForms.ForItem(Text, Request.Path, Detail.Report.Version, Reason, FieldProblem("reason"));

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await ReviewQueries.ActivityReport(db, id, Language, cancellationToken) is not { } detail) return false;
        Detail = detail;
        return true;
    }
}
