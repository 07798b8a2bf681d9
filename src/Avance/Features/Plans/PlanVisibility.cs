using Avance.Data;

namespace Avance.Features.Plans;

/// <summary>
/// A plan is public from its first published version on. Drafts never reach the public pages, the API, the downloads
/// or search: every public query of plans starts here.
/// </summary>
public static class PlanVisibility
{
    public static IQueryable<Plan> Published(this IQueryable<Plan> plans, AvanceDb db) =>
        plans.Where(p => db.PlanVersions.Any(v => v.PlanId == p.Id));
}
