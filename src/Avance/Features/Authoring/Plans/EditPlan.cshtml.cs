using Microsoft.AspNetCore.Mvc;

namespace Avance.Features.Authoring;

public sealed class EditPlanModel(AuthoringScope scope) : PlanFormPage(scope)
{
    public int PlanId { get; private set; }

    /// <summary>The version the form was loaded at; a save from an older one is refused as a conflict.</summary>
    [BindProperty]
    public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(int planId, CancellationToken cancellationToken)
    {
        if (await PlanCommands.ReadAsync(Scope.Db, planId, cancellationToken) is not { } plan) return NotFound();
        (PlanId, Version, Form) = (planId, plan.Version, PlanForm.From(plan.Fields));
        await ReloadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int planId, CancellationToken cancellationToken)
    {
        PlanId = planId;
        var checks = Scope.Checks();
        var fields = Form.Read(checks);
        if (checks.Errors.Any) return await UnreadableAsync(checks.Errors, () => ReloadAsync(cancellationToken));
        var result = await PlanCommands.UpdateAsync(Scope, planId, Version, fields, cancellationToken);
        if (result.Kind == ResultKind.Saved) return Saved(PlanUrl(planId));
        return await NotSavedAsync(result, async () =>
        {
            await ReloadAsync(cancellationToken);
            if (result.Kind != ResultKind.Conflict || await PlanCommands.ReadAsync(Scope.Db, planId, cancellationToken) is not { } current) return;
            ShowTheirs(Form, PlanForm.From(current.Fields), PlanForm.Choices, new Dictionary<string, IReadOnlyList<Option>>
            {
                ["LeadOrganisations"] = Organisations, ["ParticipatingOrganisations"] = Organisations, ["SupportingOrganisations"] = Organisations,
            });
            Version = current.Version;
        });
    }

    private async Task ReloadAsync(CancellationToken cancellationToken)
    {
        await LoadOptionsAsync(cancellationToken);
        await LoadHistoryAsync(PlanCommands.ItemType, PlanId, cancellationToken);
    }
}
