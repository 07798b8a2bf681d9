using Avance.Data;
using Avance.Features.Accounts;
using Avance.Features.Reporting;
using Avance.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Avance.Features.Review;

/// <summary>One indicator's values in a period, with one decision for all of its submitted values.</summary>
[Authorize(Policy = Permissions.ReviewValues)]
public sealed class IndicatorReviewModel(AvanceDb db, ValueReview review, UiText text) : WorkflowPageModel(text)
{
    [BindProperty] public Decision Decision { get; set; }
    [BindProperty] public string? Reason { get; set; }
    /// <summary>The submitted values the reviewer saw: measurement id → version.</summary>
    [BindProperty] public Dictionary<int, int> Versions { get; set; } = [];

    public PeriodRow Period { get; private set; } = null!;
    public ReviewIndicatorRow Indicator { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int periodId, int indicatorId, CancellationToken cancellationToken) =>
        await LoadAsync(periodId, indicatorId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int periodId, int indicatorId, CancellationToken cancellationToken)
    {
        var outcome = await review.DecideIndicatorAsync(Caller, periodId, indicatorId, Decision, Versions, Reason, cancellationToken);
        if (outcome.Succeeded) return Redirect(WorkspacePath($"periods/{periodId}/review?done={Done(Decision)}"));
        if (Failed(outcome) is { } answer) return answer;
        return await LoadAsync(periodId, indicatorId, cancellationToken) ? Page() : NotFound();
    }

    public IReadOnlyList<ReviewValueRow> Submitted => [.. Indicator.Values.Where(v => v.Status == MeasurementStatus.Submitted)];

    public override string? Unsaved => Submitted.Count > 0 ? null : Reason;

    public DecisionForm Form => ReviewForms.ForIndicator(Text, Language, Period.Id, Indicator, Reason, FieldProblem("reason"));

    internal static string Done(Decision decision) => decision == Decision.Approve ? "approved" : "returned";

    private async Task<bool> LoadAsync(int periodId, int indicatorId, CancellationToken cancellationToken)
    {
        if (await ReviewQueries.Indicator(db, periodId, indicatorId, Language, cancellationToken) is not { } found) return false;
        (Period, Indicator) = found;
        return true;
    }
}
