using Microsoft.AspNetCore.Mvc;

namespace Avance.Features.Authoring;

/// <summary>Adding a pillar to a plan, or an objective, line of action or activity under its parent.</summary>
public sealed class NewItemModel(AuthoringScope scope) : StructurePage(scope)
{
    [BindProperty(SupportsGet = true)]
    public int? ParentId { get; set; }

    public async Task<IActionResult> OnGetAsync(int planId, string level, CancellationToken cancellationToken) =>
        await PrepareAsync(planId, level, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int planId, string level, CancellationToken cancellationToken)
    {
        if (!await PrepareAsync(planId, level, cancellationToken)) return NotFound();
        var checks = Scope.Checks();
        var fields = Form.Read(checks);
        if (checks.Errors.Any) return await UnreadableAsync(checks.Errors, () => Task.CompletedTask);
        var result = await StructureCommands.AddAsync(Scope, Level, planId, ParentId, fields, cancellationToken);
        return result.Kind == ResultKind.Saved
            ? Saved($"{PlanUrl()}#structure")
            : await NotSavedAsync(result, () => Task.CompletedTask);
    }

    /// <summary>A pillar's parent is the plan; any other item needs a parent of the level above in this plan.</summary>
    private async Task<bool> PrepareAsync(int planId, string level, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(planId, level, cancellationToken)) return false;
        if (Level.Parent is not { } parentLevel) return true;
        if (ParentId is not { } parentId || Find(parentLevel, parentId) is not { } parent) return false;
        Place = parent.Place;
        return true;
    }
}
