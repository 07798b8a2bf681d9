using Microsoft.AspNetCore.Mvc;

namespace Avance.Features.Authoring;

/// <summary>An indicator: its form, removing it, and its history.</summary>
public sealed class EditIndicatorModel(AuthoringScope scope) : IndicatorPage(scope)
{
    public int IndicatorId { get; private set; }

    [BindProperty]
    public int Version { get; set; }

    public string IndicatorUrl => $"{PlanUrl()}/indicators/{IndicatorId}";

    public async Task<IActionResult> OnGetAsync(int planId, int indicatorId, CancellationToken cancellationToken)
    {
        if (!await PrepareAsync(planId, indicatorId, cancellationToken)
            || await IndicatorCommands.ReadAsync(Scope.Db, planId, indicatorId, cancellationToken) is not { } indicator)
            return NotFound();
        (Version, Form) = (indicator.Version, IndicatorForm.From(indicator.Fields).WithSpareRows());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int planId, int indicatorId, CancellationToken cancellationToken)
    {
        if (!await PrepareAsync(planId, indicatorId, cancellationToken)) return NotFound();
        var checks = Scope.Checks();
        var fields = Form.Read(checks);
        if (checks.Errors.Any) return await UnreadableAsync(checks.Errors, () => Task.CompletedTask);
        var result = await IndicatorCommands.UpdateAsync(Scope, planId, indicatorId, Version, fields, cancellationToken);
        return result.Kind == ResultKind.Saved ? Saved($"{PlanUrl()}#indicators") : await NotSavedAsync(result, () => ShowCurrentAsync(result, cancellationToken));
    }

    public async Task<IActionResult> OnPostRemoveAsync(int planId, int indicatorId, CancellationToken cancellationToken)
    {
        if (!await PrepareAsync(planId, indicatorId, cancellationToken)) return NotFound();
        var result = await IndicatorCommands.RemoveAsync(Scope, planId, indicatorId, Version, cancellationToken);
        return result.Kind == ResultKind.Saved
            ? Saved($"{PlanUrl()}#indicators", Text["Authoring_Removed"])
            : await NotSavedAsync(result, () => ShowCurrentAsync(null, cancellationToken));
    }

    private async Task<bool> PrepareAsync(int planId, int indicatorId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(planId, cancellationToken) || Plan.Indicators.All(i => i.Id != indicatorId)) return false;
        IndicatorId = indicatorId;
        await LoadHistoryAsync(IndicatorCommands.ItemType, indicatorId, cancellationToken);
        return true;
    }

    /// <summary>As on the other edit pages: the other person's values beside a failed save, the saved indicator after a failed removal.</summary>
    private async Task ShowCurrentAsync(AuthoringResult? failedSave, CancellationToken cancellationToken)
    {
        if (await IndicatorCommands.ReadAsync(Scope.Db, Plan.Plan.Id, IndicatorId, cancellationToken) is not { } current) return;
        var saved = IndicatorForm.From(current.Fields);
        if (failedSave is null) Form = saved.WithSpareRows();
        else if (failedSave.Kind == ResultKind.Conflict) ShowTheirs(Form, saved, IndicatorForm.Choices, OptionsByField);
        if (failedSave is null || failedSave.Kind == ResultKind.Conflict) Version = current.Version;
    }
}
