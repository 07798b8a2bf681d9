using Avance.Web;
using Microsoft.AspNetCore.Mvc;

namespace Avance.Features.Review;

/// <summary>
/// One submitted item on its own page, a value or an activity status report: its detail, the notice after a decision,
/// and the approve-or-return form, which posts back here and shows the page again when the decision is refused.
/// </summary>
public abstract class ItemReviewModel<TDetail>(UiText text) : WorkflowPageModel(text) where TDetail : class
{
    [BindProperty] public Decision Decision { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public int? Version { get; set; }

    public TDetail Detail { get; private set; } = null!;
    public string? Done { get; private set; }

    /// <summary>The notices this page shows after a redirect ("approved", "returned", …).</summary>
    protected abstract IReadOnlyList<string> Notices { get; }
    /// <summary>The address segment of this kind of item under review/ ("measurements").</summary>
    protected abstract string Segment { get; }
    protected abstract int ItemVersion { get; }
    public abstract bool CanDecide { get; }

    protected abstract Task<TDetail?> ReadAsync(int id, CancellationToken cancellationToken);
    protected abstract Task<CommandOutcome> DecideAsync(int id, CancellationToken cancellationToken);

    public async Task<IActionResult> OnGetAsync(int id, string? done, CancellationToken cancellationToken)
    {
        Done = Notices.FirstOrDefault(n => n == done);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var outcome = await DecideAsync(id, cancellationToken);
        if (outcome.Succeeded) return Redirect(WorkspacePath($"review/{Segment}/{id}?done={IndicatorReviewModel.Done(Decision)}"));
        if (Failed(outcome) is { } answer) return answer;
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public override string? Unsaved => CanDecide ? null : Reason;

    public DecisionForm Form => ReviewForms.ForItem(Text, Request.Path, ItemVersion, Reason, FieldProblem("reason"));

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await ReadAsync(id, cancellationToken) is not { } detail) return false;
        Detail = detail;
        return true;
    }
}
