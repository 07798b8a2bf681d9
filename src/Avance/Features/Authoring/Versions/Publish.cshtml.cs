using Avance.Features.Plans;
using Avance.Web;
using Microsoft.AspNetCore.Mvc;

namespace Avance.Features.Authoring;

/// <summary>Publishing a plan: what would change since its latest version, and the change note.</summary>
public sealed class PublishModel(AuthoringScope scope) : AuthoringPage(scope)
{
    public WorkspacePlanRow Plan { get; private set; } = null!;
    public IReadOnlyList<ItemChangeRow> Changes { get; private set; } = [];
    public int NextNumber => (Plan.PublishedVersion ?? 0) + 1;

    [BindProperty]
    public string? ChangeNote { get; set; }

    [BindProperty]
    public string? Language { get; set; }

    /// <summary>The version this page showed the changes for; publishing after someone else published is a conflict.</summary>
    [BindProperty]
    public int Number { get; set; }

    public async Task<IActionResult> OnGetAsync(int planId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(planId, cancellationToken)) return NotFound();
        (Language, Number) = (Languages.Current, NextNumber);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int planId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(planId, cancellationToken)) return NotFound();
        var result = await PublishCommand.RunAsync(Scope, planId, new PublishRequest(ChangeNote, Language, Number), cancellationToken);
        return result.Kind == ResultKind.Saved
            ? Saved(PlanUrl(planId) + "#versions", Text["Authoring_PublishedNotice", Number])
            : await NotSavedAsync(result, async () =>
            {
                await LoadAsync(planId, cancellationToken);
                Number = NextNumber;
            });
    }

    private async Task<bool> LoadAsync(int planId, CancellationToken cancellationToken)
    {
        if ((await WorkspaceQueries.Plans(Scope.Db, Languages.Current, cancellationToken, planId)).SingleOrDefault() is not { } plan) return false;
        Plan = plan;
        Changes = await PlanVersionQueries.Unpublished(Scope.Db, planId, Languages.Current, cancellationToken);
        await LoadHistoryAsync(PlanCommands.ItemType, planId, cancellationToken);
        return true;
    }
}
