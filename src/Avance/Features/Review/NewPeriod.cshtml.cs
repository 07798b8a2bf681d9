using Avance.Data;
using Avance.Features.Accounts;
using Avance.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Avance.Features.Review;

[Authorize(Policy = Permissions.ManagePeriods)]
public sealed class NewPeriodModel(AvanceDb db, PeriodWorkflow workflow, UiText text) : WorkflowPageModel(text)
{
    [BindProperty] public int? PlanId { get; set; }
    [BindProperty] public string? Label { get; set; }
    [BindProperty] public DateOnly? StartsOn { get; set; }
    [BindProperty] public DateOnly? EndsOn { get; set; }

    public IReadOnlyList<PlanOption> Plans { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Plans = await PeriodQueries.Plans(db, Language, cancellationToken);
        PlanId ??= Plans.FirstOrDefault()?.Id;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // A date the browser could not send as a date arrives unbound: the command then says which one is missing.
        var outcome = await workflow.CreateAsync(Caller, PlanId, Label, StartsOn, EndsOn, cancellationToken);
        if (outcome.Succeeded) return Redirect(WorkspacePath($"periods/{outcome.Id}?done=created"));
        if (Failed(outcome) is { } answer) return answer;
        Plans = await PeriodQueries.Plans(db, Language, cancellationToken);
        return Page();
    }
}
