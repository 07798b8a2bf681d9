using Microsoft.AspNetCore.Mvc;

namespace Avance.Features.Authoring;

/// <summary>A pillar, objective, line of action or activity: its form, moving it among its siblings, removing it, and its history.</summary>
public sealed class EditItemModel(AuthoringScope scope) : StructurePage(scope)
{
    public int ItemId { get; private set; }

    [BindProperty]
    public int Version { get; set; }

    public string ItemUrl => $"{PlanUrl()}/{Level.Segment}/{ItemId}";

    public async Task<IActionResult> OnGetAsync(int planId, string level, int itemId, CancellationToken cancellationToken)
    {
        if (!await PrepareAsync(planId, level, itemId, cancellationToken)
            || await StructureCommands.ReadAsync(Scope.Db, Level, planId, itemId, cancellationToken) is not { } item)
            return NotFound();
        (Version, Form) = (item.Version, StructureForm.From(item.Fields));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int planId, string level, int itemId, CancellationToken cancellationToken)
    {
        if (!await PrepareAsync(planId, level, itemId, cancellationToken)) return NotFound();
        var checks = Scope.Checks();
        var fields = Form.Read(checks);
        if (checks.Errors.Any) return await UnreadableAsync(checks.Errors, () => Task.CompletedTask);
        var result = await StructureCommands.UpdateAsync(Scope, Level, planId, itemId, Version, fields, cancellationToken);
        return result.Kind == ResultKind.Saved ? Saved($"{PlanUrl()}#structure") : await NotSavedAsync(result, () => ShowCurrentAsync(result, cancellationToken));
    }

    public async Task<IActionResult> OnPostMoveAsync(int planId, string level, int itemId, string? direction, CancellationToken cancellationToken)
    {
        if (!await PrepareAsync(planId, level, itemId, cancellationToken)) return NotFound();
        if (!Enum.TryParse<MoveDirection>(direction, out var towards) || !Enum.IsDefined(towards))
        {
            var checks = Scope.Checks();
            checks.Add("Direction", "Authoring_Error_NotChoice", direction ?? "");
            return await UnreadableAsync(checks.Errors, () => ShowCurrentAsync(null, cancellationToken));
        }
        var result = await StructureCommands.MoveAsync(Scope, Level, planId, itemId, Version, towards, cancellationToken);
        return result.Kind == ResultKind.Saved
            ? Saved($"{PlanUrl()}#structure", Text["Authoring_Moved"])
            : await NotSavedAsync(result, () => ShowCurrentAsync(null, cancellationToken));
    }

    public async Task<IActionResult> OnPostRemoveAsync(int planId, string level, int itemId, CancellationToken cancellationToken)
    {
        if (!await PrepareAsync(planId, level, itemId, cancellationToken)) return NotFound();
        var result = await StructureCommands.RemoveAsync(Scope, Level, planId, itemId, Version, cancellationToken);
        return result.Kind == ResultKind.Saved
            ? Saved($"{PlanUrl()}#structure", Text["Authoring_Removed"])
            : await NotSavedAsync(result, () => ShowCurrentAsync(null, cancellationToken));
    }

    private async Task<bool> PrepareAsync(int planId, string level, int itemId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(planId, level, cancellationToken) || Find(Level, itemId) is not { } item) return false;
        (ItemId, Place) = (itemId, item.Place);
        await LoadHistoryAsync(Level.Subject, itemId, cancellationToken);
        return true;
    }

    /// <summary>
    /// The item as it is saved now. After a failed save the form keeps what was typed, with the other person's values beside
    /// it on a conflict; after a failed move or removal the form shows the saved item.
    /// </summary>
    private async Task ShowCurrentAsync(AuthoringResult? failedSave, CancellationToken cancellationToken)
    {
        if (await StructureCommands.ReadAsync(Scope.Db, Level, Plan.Plan.Id, ItemId, cancellationToken) is not { } current) return;
        var saved = StructureForm.From(current.Fields);
        if (failedSave is null) Form = saved;
        else if (failedSave.Kind == ResultKind.Conflict) ShowTheirs(Form, saved, new Dictionary<string, string>(),
            new Dictionary<string, IReadOnlyList<Option>> { ["Responsible"] = Organisations, ["CoResponsible"] = Organisations });
        if (failedSave is null || failedSave.Kind == ResultKind.Conflict) Version = current.Version;
    }
}
