using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using Avance.Data;
using Avance.Domain;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Plans;

public sealed record PlanSummaryRow(
    string Code, string Title, int Generation, DateOnly? AdoptedOn, int? StartYear, int? EndYear, int? ReviewAfterYears,
    [property: JsonConverter(typeof(JsonStringEnumConverter<Involvement>))] Involvement CivilSocietyInDevelopment,
    [property: JsonConverter(typeof(JsonStringEnumConverter<Involvement>))] Involvement CivilSocietyInImplementation,
    [property: JsonConverter(typeof(JsonStringEnumConverter<BudgetArrangement>))] BudgetArrangement BudgetArrangement,
    bool CoversDisarmament, IReadOnlyList<PillarRow> Pillars)
{
    public int ObjectiveCount => Pillars.Sum(p => p.Objectives.Count);
}

public sealed record PillarRow(int Number, string Name, IReadOnlyList<ObjectiveRow> Objectives);

public sealed record ObjectiveRow(int Number, string Statement);

/// <summary>One strategic objective of a plan, with the plan and pillar it belongs to: the plans' tree as a flat table.</summary>
public sealed record PlanObjectiveRow(string PlanCode, string PlanTitle, int PlanGeneration, int PillarNumber, string Pillar,
    int ObjectiveNumber, string Objective);

public static class PlanQueries
{
    /// <summary>A country's plans, newest generation first, each with its pillars and strategic objectives.</summary>
    public static async Task<List<PlanSummaryRow>> Plans(AvanceDb db, string iso2, string language, CancellationToken cancellationToken)
    {
        var plans = await CountryPlans(db, iso2)
            .Select(p => new
            {
                p.Code, Title = TextInLanguage.Pick(p.Title, language), p.Generation, p.AdoptedOn, p.Timeframe, p.CivilSocietyInDevelopment, p.CivilSocietyInImplementation,
                p.BudgetArrangement, p.CoversDisarmament,
                Pillars = p.Pillars.OrderBy(x => x.Number).Select(x => new
                {
                    x.Number, Name = TextInLanguage.Pick(x.Name, language),
                    Objectives = x.Objectives.OrderBy(o => o.Number).Select(o => new { o.Number, Statement = TextInLanguage.Pick(o.Statement, language) }).ToList(),
                }).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return plans.OrderByDescending(p => p.Generation).Select(p => new PlanSummaryRow(
                p.Code, p.Title ?? "", p.Generation, p.AdoptedOn, p.Timeframe.StartYear, p.Timeframe.EndYear,
                p.Timeframe.ReviewAfterYears, p.CivilSocietyInDevelopment, p.CivilSocietyInImplementation, p.BudgetArrangement,
                p.CoversDisarmament,
                [.. p.Pillars.Select(x => new PillarRow(x.Number, x.Name ?? "",
                    [.. x.Objectives.Select(o => new ObjectiveRow(o.Number, o.Statement ?? ""))]))]))
            .ToList();
    }

    /// <summary>Every strategic objective of a country's plans, streamed: newest generation first, pillar by pillar.</summary>
    public static async IAsyncEnumerable<PlanObjectiveRow> ObjectiveRows(AvanceDb db, string iso2, string language,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var query = (
                from plan in CountryPlans(db, iso2)
                from pillar in plan.Pillars
                from objective in pillar.Objectives
                orderby plan.Generation descending, plan.Code, pillar.Number, objective.Number
                select new
                {
                    plan.Code, plan.Title, plan.Generation, PillarNumber = pillar.Number, Pillar = pillar.Name, objective.Number, objective.Statement,
                })
            .AsSingleQuery() // split queries would read all but the last query whole before the first row
            .AsAsyncEnumerable();
        await foreach (var o in query.WithCancellation(cancellationToken))
            yield return new PlanObjectiveRow(o.Code, Text(o.Title, language), o.Generation, o.PillarNumber, Text(o.Pillar, language), o.Number,
                Text(o.Statement, language));
    }

    /// <summary>How to find each of a country's plans, newest generation first.</summary>
    public static Task<List<PlanKey>> Keys(AvanceDb db, string iso2, CancellationToken cancellationToken) =>
        CountryPlans(db, iso2).OrderByDescending(p => p.Generation).ThenBy(p => p.Code)
            .Select(p => new PlanKey(p.Id, p.Code, p.Title))
            .ToListAsync(cancellationToken);

    /// <summary>A country's published plan by its code, whatever the case ("nap-1325" finds "NAP-1325"); null when either is unknown or the plan is a draft.</summary>
    public static async Task<PlanKey?> Find(AvanceDb db, string iso2, string planCode, CancellationToken cancellationToken)
    {
        var country = iso2.ToUpperInvariant();
        var code = planCode.ToUpperInvariant();
        return await db.Plans.Published(db)
            .Where(p => p.Code.ToUpper() == code && db.Countries.Any(c => c.Id == p.CountryId && c.Iso2 == country))
            .Select(p => new PlanKey(p.Id, p.Code, p.Title))
            .SingleOrDefaultAsync(cancellationToken);
    }

    private static IQueryable<Plan> CountryPlans(AvanceDb db, string iso2)
    {
        var code = iso2.ToUpperInvariant();
        return db.Plans.Published(db).Where(p => db.Countries.Any(c => c.Id == p.CountryId && c.Iso2 == code));
    }

    private static string Text(LocalizedText text, string language) => text.In(language) ?? "";
}

/// <summary>How a plan is found from its address: its Id for further queries, its code as stored, its title.</summary>
public sealed record PlanKey(int Id, string Code, LocalizedText Title);
