using Avance.Data;
using Avance.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Avance.Features.Plans;

/// <summary>"What changed": a published plan's versions, each with its date and change note.</summary>
[OutputCache(PolicyName = PublicDataCache.Policy)]
public sealed class PlanVersionsModel(AvanceDb db) : PageModel
{
    public PlanKey Plan { get; private set; } = null!;
    public IReadOnlyList<PlanVersionRow> Versions { get; private set; } = [];
    public string PlanUrl { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string iso2, string code, CancellationToken cancellationToken)
    {
        if (await PlanQueries.Find(db, iso2, code, cancellationToken) is not { } plan) return NotFound();
        Plan = plan;
        PlanUrl = $"/{Languages.Current}/countries/{iso2.ToLowerInvariant()}/plans/{Uri.EscapeDataString(plan.Code)}";
        Versions = await PlanVersionQueries.Versions(db, plan.Id, cancellationToken);
        return Page();
    }
}
