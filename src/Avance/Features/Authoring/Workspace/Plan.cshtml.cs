using Avance.Features.Plans;
using Avance.Web;
using Microsoft.AspNetCore.Mvc;

namespace Avance.Features.Authoring;

/// <summary>One plan as its authors work on it: its tree and indicators with their actions, its versions and its history.</summary>
public sealed class PlanWorkspaceModel(AuthoringScope scope) : AuthoringPage(scope)
{
    public WorkspacePlan Plan { get; private set; } = null!;
    public IReadOnlyList<PlanVersionRow> Versions { get; private set; } = [];
    /// <summary>Only a country's latest plan can be continued by a next one.</summary>
    public bool IsLatestGeneration { get; private set; }

    public async Task<IActionResult> OnGetAsync(int planId, CancellationToken cancellationToken)
    {
        if (await WorkspaceQueries.Plan(Scope.Db, planId, Languages.Current, cancellationToken) is not { } plan) return NotFound();
        Plan = plan;
        Versions = await PlanVersionQueries.Versions(Scope.Db, planId, cancellationToken);
        IsLatestGeneration = !(await WorkspaceQueries.Plans(Scope.Db, Languages.Current, cancellationToken))
            .Any(p => p.Country == plan.Plan.Country && p.Generation > plan.Plan.Generation);
        await LoadHistoryAsync(PlanCommands.ItemType, planId, cancellationToken);
        return Page();
    }

    public string PublicUrl => $"/{Languages.Current}/countries/{Plan.Plan.Country}/plans/{Uri.EscapeDataString(Plan.Plan.Code)}";
}

/// <summary>An item of the tree as the workspace shows it, with where its forms post.</summary>
public sealed record TreeNode(int PlanId, StructureLevel Level, WorkspaceItem Item)
{
    public string Url => $"{AuthoringPage.PlanUrl(PlanId)}/{Level.Segment}/{Item.Id}";
    public string? AddChildUrl => Level.Child is { } child ? $"{AuthoringPage.PlanUrl(PlanId)}/{child.Segment}/new?parentId={Item.Id}" : null;
}
