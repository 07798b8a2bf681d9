using Avance.Data;
using Avance.Domain;
using Avance.Features.Indicators;
using Avance.Features.Reporting;
using Avance.Features.Sources;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Plans;

public static class PlanDetailQueries
{
    /// <summary>A plan with everything the explorer's tabs show; null when the country or plan is unknown.</summary>
    public static async Task<PlanDetail?> Detail(AvanceDb db, string iso2, string planCode, string language, CancellationToken cancellationToken)
    {
        if (await PlanQueries.Find(db, iso2, planCode, cancellationToken) is not { } key) return null;
        var plan = await db.Plans
            .Where(p => p.Id == key.Id)
            .Include(p => p.Title).Include(p => p.Purpose).Include(p => p.Development).Include(p => p.Implementation)
            .Include(p => p.MonitoringArrangement).Include(p => p.BudgetStatement).Include(p => p.Disarmament)
            .AsSplitQuery()
            .SingleAsync(cancellationToken);
        var actors = await db.PlanOrganisations
            .Where(o => o.PlanId == plan.Id)
            .Select(o => new { o.Role, o.Organisation!.Name, o.Organisation.Acronym, o.Organisation.Kind })
            .ToListAsync(cancellationToken);
        var documents = await db.PlanDocuments
            .Where(d => d.PlanId == plan.Id)
            .Select(d => new { d.Kind, d.Source })
            .ToListAsync(cancellationToken);
        var indicators = await IndicatorQueries.Summaries(db, plan.Id, language, cancellationToken);

        return new PlanDetail(
            plan.Code, Text(plan.Title, language), plan.Generation, plan.Purpose?.In(language),
            new PlanActors(
                [.. actors.OrderBy(a => a.Role).ThenBy(a => Text(a.Acronym ?? a.Name, language), StringComparer.Ordinal)
                    .Select(a => new PlanActorRow(Text(a.Name, language), a.Acronym?.In(language), a.Kind, a.Role))],
                plan.Development?.In(language), plan.CivilSocietyInDevelopment,
                plan.Implementation?.In(language), plan.CivilSocietyInImplementation),
            new PlanTimeframeRow(plan.AdoptedOn, plan.Timeframe.StartYear, plan.Timeframe.EndYear, plan.Timeframe.IsOpenEnded,
                plan.Timeframe.ReviewAfterYears),
            await PlanTree.Pillars(db, plan.Id, indicators, language, cancellationToken),
            indicators,
            new PlanMonitoring(plan.MonitoringArrangement?.In(language), await PublishedPeriods(db, plan.Id, cancellationToken)),
            new PlanBudgetRow(plan.BudgetArrangement, plan.BudgetAmount, plan.BudgetCurrency, plan.BudgetStatement?.In(language)),
            new PlanDisarmamentRow(plan.CoversDisarmament, plan.Disarmament?.In(language)),
            [.. documents.OrderBy(d => d.Kind).ThenBy(d => d.Source!.Title, StringComparer.Ordinal)
                .Select(d => new PlanDocumentSourceRow(d.Kind, d.Source!.Language, SourceRow.Of(d.Source)))]);
    }

    private static async Task<List<PublishedPeriodRow>> PublishedPeriods(AvanceDb db, int planId, CancellationToken cancellationToken) =>
        (await db.ReportingPeriods
            .Where(p => p.PlanId == planId && p.State == PeriodState.Published)
            .Select(p => new PublishedPeriodRow(p.Label, p.StartsOn, p.EndsOn, p.PublishedAt))
            .ToListAsync(cancellationToken))
        .OrderBy(p => p.StartsOn).ToList();

    private static string Text(LocalizedText text, string language) => text.In(language) ?? "";
}
