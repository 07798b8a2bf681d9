using Avance.Data;
using Avance.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Avance.Features.Plans;

/// <summary>One version of a published plan and what changed since the version before it, computed from the two snapshots.</summary>
[OutputCache(PolicyName = PublicDataCache.Policy)]
public sealed class PlanVersionChangesModel(AvanceDb db) : PageModel
{
    public PlanKey Plan { get; private set; } = null!;
    public PlanVersionChanges Changes { get; private set; } = null!;
    public string PlanUrl { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string iso2, string code, int number, CancellationToken cancellationToken)
    {
        if (await PlanQueries.Find(db, iso2, code, cancellationToken) is not { } plan) return NotFound();
        if (await PlanVersionQueries.Changes(db, plan.Id, number, Languages.Current, cancellationToken) is not { } changes) return NotFound();
        (Plan, Changes) = (plan, changes);
        PlanUrl = $"/{Languages.Current}/countries/{iso2.ToLowerInvariant()}/plans/{Uri.EscapeDataString(plan.Code)}";
        return Page();
    }
}
