using System.Globalization;
using Avance.Web;
using Microsoft.AspNetCore.Mvc;

namespace Avance.Features.Authoring;

/// <summary>The pages with the form of a pillar, objective, line of action or activity.</summary>
public abstract class StructurePage(AuthoringScope scope) : AuthoringPage(scope)
{
    [BindProperty]
    public StructureForm Form { get; set; } = new();

    public StructureLevel Level { get; private set; } = StructureLevel.Pillars;
    public WorkspacePlan Plan { get; private set; } = null!;
    /// <summary>Where the item sits: its parent's place ("Prevention 3") for a new item, its own for an existing one.</summary>
    public string? Place { get; protected set; }
    public IReadOnlyList<Option> Organisations { get; private set; } = [];

    /// <summary>Reads the plan and the level from the address; false when either is unknown.</summary>
    protected async Task<bool> LoadAsync(int planId, string level, CancellationToken cancellationToken)
    {
        if (StructureLevel.From(level) is not { } known) return false;
        if (await WorkspaceQueries.Plan(Scope.Db, planId, Languages.Current, cancellationToken) is not { } plan) return false;
        (Level, Plan) = (known, plan);
        if (known == StructureLevel.Activities) Organisations = await WorkspaceQueries.Organisations(Scope.Db, Languages.Current, cancellationToken);
        return true;
    }

    /// <summary>The item of the plan's tree at a level with an Id, if there is one.</summary>
    protected WorkspaceItem? Find(StructureLevel level, int id)
    {
        IEnumerable<WorkspaceItem> items = Plan.Pillars;
        for (var at = StructureLevel.Pillars; at != level; at = at.Child!) items = items.SelectMany(i => i.Children);
        return items.FirstOrDefault(i => i.Id == id);
    }

    public string PlanUrl() => PlanUrl(Plan.Plan.Id);

    protected static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
