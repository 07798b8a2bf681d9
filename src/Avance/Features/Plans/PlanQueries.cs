using Avance.Data;
using Avance.Domain;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Plans;

public sealed record PlanSummaryRow(
    string Code, string Title, int Generation, DateOnly? AdoptedOn, int? StartYear, int? EndYear, int? ReviewAfterYears,
    Involvement CivilSocietyInDevelopment, Involvement CivilSocietyInImplementation, BudgetArrangement BudgetArrangement,
    bool CoversDisarmament, IReadOnlyList<PillarRow> Pillars)
{
    public int ObjectiveCount => Pillars.Sum(p => p.Objectives.Count);
}

public sealed record PillarRow(int Number, string Name, IReadOnlyList<ObjectiveRow> Objectives);

public sealed record ObjectiveRow(int Number, string Statement);

public static class PlanQueries
{
    /// <summary>A country's plans, newest generation first, each with its pillars and strategic objectives.</summary>
    public static async Task<List<PlanSummaryRow>> Plans(AvanceDb db, string iso2, string language, CancellationToken cancellationToken)
    {
        var code = iso2.ToUpperInvariant();
        var plans = await db.Plans
            .Where(p => db.Countries.Any(c => c.Id == p.CountryId && c.Iso2 == code))
            .Select(p => new
            {
                p.Code, p.Title, p.Generation, p.AdoptedOn, p.Timeframe, p.CivilSocietyInDevelopment, p.CivilSocietyInImplementation,
                p.BudgetArrangement, p.CoversDisarmament,
                Pillars = p.Pillars.OrderBy(x => x.Number).Select(x => new
                {
                    x.Number, x.Name,
                    Objectives = x.Objectives.OrderBy(o => o.Number).Select(o => new { o.Number, o.Statement }).ToList(),
                }).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return plans.OrderByDescending(p => p.Generation).Select(p => new PlanSummaryRow(
                p.Code, Text(p.Title, language), p.Generation, p.AdoptedOn, p.Timeframe.StartYear, p.Timeframe.EndYear,
                p.Timeframe.ReviewAfterYears, p.CivilSocietyInDevelopment, p.CivilSocietyInImplementation, p.BudgetArrangement,
                p.CoversDisarmament,
                [.. p.Pillars.Select(x => new PillarRow(x.Number, Text(x.Name, language),
                    [.. x.Objectives.Select(o => new ObjectiveRow(o.Number, Text(o.Statement, language)))]))]))
            .ToList();
    }

    private static string Text(LocalizedText text, string language) => text.In(language) ?? "";
}
