using Avance.Data;
using Avance.Web;
using Microsoft.AspNetCore.Mvc;

namespace Avance.Features.Review;

/// <summary>
/// A page that changes a period's state (open, close, publish): it shows the period, asks for what the change needs,
/// and on success goes back to the period's page, which says what was done.
/// </summary>
public abstract class PeriodActionModel(AvanceDb db, TimeProvider clock, UiText text) : WorkflowPageModel(text)
{
    /// <summary>The version of the period the form was shown for.</summary>
    [BindProperty] public int? Version { get; set; }

    public PeriodDetail Detail { get; private set; } = null!;

    /// <summary>The word the period page's notice is keyed by ("opened", "closed", "published").</summary>
    protected abstract string Done { get; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var outcome = await RunAsync(id, cancellationToken);
        if (outcome.Succeeded) return Redirect(WorkspacePath($"periods/{id}?done={Done}"));
        if (Failed(outcome) is { } answer) return answer;
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    protected abstract Task<CommandOutcome> RunAsync(int id, CancellationToken cancellationToken);

    /// <summary>Anything else the page shows besides the period.</summary>
    protected virtual Task LoadMoreAsync(int id, CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await PeriodQueries.Detail(db, id, Language, DeadlineRow.Today(clock), cancellationToken) is not { } detail) return false;
        Detail = detail;
        await LoadMoreAsync(id, cancellationToken);
        return true;
    }
}
