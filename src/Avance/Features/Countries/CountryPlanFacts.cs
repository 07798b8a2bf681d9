using Avance.Data;
using Avance.Features.Plans;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Countries;

/// <summary>The key counts of a plan as the country overview shows them, counted from what Avance holds.</summary>
public sealed record PlanCountsRow(string Code, int Objectives, int LinesOfAction, int Activities, int Indicators);

public sealed record PlanDocumentRow(string PlanCode, string Title, string? Publisher, string? Url, string? Language, PlanDocumentKind Kind);

public static class CountryPlanFacts
{
    public static async Task<Dictionary<string, PlanCountsRow>> Counts(AvanceDb db, string iso2, CancellationToken cancellationToken)
    {
        var code = iso2.ToUpperInvariant();
        var rows = await db.Plans.Published(db)
            .Where(p => db.Countries.Any(c => c.Id == p.CountryId && c.Iso2 == code))
            .Select(p => new PlanCountsRow(
                p.Code,
                p.Pillars.SelectMany(x => x.Objectives).Count(),
                p.Pillars.SelectMany(x => x.Objectives).SelectMany(o => o.LinesOfAction).Count(),
                p.Pillars.SelectMany(x => x.Objectives).SelectMany(o => o.LinesOfAction).SelectMany(l => l.Activities).Count(),
                db.Indicators.Count(i => i.PlanId == p.Id)))
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Code);
    }

    /// <summary>The documents of a country's plans: the plan texts, their translations and assessments of them.</summary>
    public static Task<List<PlanDocumentRow>> Documents(AvanceDb db, string iso2, CancellationToken cancellationToken)
    {
        var code = iso2.ToUpperInvariant();
        // A join rather than SelectMany over the plan's collection: SQLite cannot run the APPLY that would need.
        return (from plan in db.Plans.Published(db)
                where db.Countries.Any(c => c.Id == plan.CountryId && c.Iso2 == code)
                join document in db.PlanDocuments on plan.Id equals document.PlanId
                orderby plan.Generation descending, document.Kind, document.Source!.Title
                select new PlanDocumentRow(plan.Code, document.Source!.Title, document.Source.Publisher, document.Source.Url,
                    document.Source.Language, document.Kind))
            .ToListAsync(cancellationToken);
    }
}
