using Avance.Web;
using Microsoft.AspNetCore.Mvc;

namespace Avance.Features.Authoring;

/// <summary>Starting a country's next plan from its latest one: what is copied, and the new plan's code.</summary>
public sealed class NextGenerationModel(AuthoringScope scope) : AuthoringPage(scope)
{
    public WorkspacePlanRow Plan { get; private set; } = null!;
    /// <summary>The country's newer plan, when there is one: only the latest plan is continued.</summary>
    public string? NewerPlan { get; private set; }

    /// <summary>
    /// The new plan's code. Not posted as "Code": the error pages read their status code from a field of that name, so a
    /// refused post would show as a server error.
    /// </summary>
    [BindProperty]
    public string? NewCode { get; set; }

    public async Task<IActionResult> OnGetAsync(int planId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(planId, cancellationToken)) return NotFound();
        NewCode = $"{Plan.Code}-{Plan.Generation + 1}";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int planId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(planId, cancellationToken)) return NotFound();
        var result = await NextGenerationCommand.RunAsync(Scope, planId, new NextGenerationRequest(NewCode), cancellationToken);
        return result.Kind == ResultKind.Saved
            ? Saved(PlanUrl(result.Id), Text["Authoring_NextPlanStarted", Plan.Code])
            : await NotSavedAsync(result, () => Task.CompletedTask);
    }

    private async Task<bool> LoadAsync(int planId, CancellationToken cancellationToken)
    {
        var plans = await WorkspaceQueries.Plans(Scope.Db, Languages.Current, cancellationToken);
        if (plans.FirstOrDefault(p => p.Id == planId) is not { } plan) return false;
        Plan = plan;
        NewerPlan = plans.Where(p => p.Country == plan.Country && p.Generation > plan.Generation).Select(p => p.Code).FirstOrDefault();
        return true;
    }
}
