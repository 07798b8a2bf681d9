using Microsoft.AspNetCore.Mvc;

namespace Avance.Features.Authoring;

public sealed class NewIndicatorModel(AuthoringScope scope) : IndicatorPage(scope)
{
    public async Task<IActionResult> OnGetAsync(int planId, int? objectiveId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(planId, cancellationToken)) return NotFound();
        Form = new IndicatorForm { ObjectiveId = objectiveId?.ToString(System.Globalization.CultureInfo.InvariantCulture) }.WithSpareRows();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int planId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(planId, cancellationToken)) return NotFound();
        var checks = Scope.Checks();
        var fields = Form.Read(checks);
        if (checks.Errors.Any) return await UnreadableAsync(checks.Errors, () => Task.CompletedTask);
        var result = await IndicatorCommands.AddAsync(Scope, planId, fields, cancellationToken);
        return result.Kind == ResultKind.Saved ? Saved($"{PlanUrl()}#indicators") : await NotSavedAsync(result, () => Task.CompletedTask);
    }
}
