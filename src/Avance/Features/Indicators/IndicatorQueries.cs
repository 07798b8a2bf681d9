using Avance.Data;
using Avance.Domain;
using Avance.Features.Plans;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Indicators;

public static class IndicatorQueries
{
    /// <summary>A plan's indicators in the order of the plan (pillar, objective, code), each with its latest published value and status.</summary>
    public static async Task<List<IndicatorSummaryRow>> Summaries(AvanceDb db, int planId, string language, CancellationToken cancellationToken)
    {
        var indicators = await db.Indicators
            .Where(i => i.PlanId == planId)
            .Select(i => new
            {
                i.Id, i.Code, i.Wording, i.Type, i.Unit, i.Direction, i.BaselineValue, i.BaselineYear, i.ObjectiveId,
                Targets = i.Targets.Select(t => new TargetPoint(t.Year, t.Value)).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var objectives = await ObjectiveNumbers(db, planId, cancellationToken);
        var values = (await PublishedValues.ForPlan(db, planId, null, cancellationToken)).ToLookup(v => v.IndicatorId);

        return indicators
            .Select(i =>
            {
                var latest = PublishedValues.LatestTotal(values[i.Id]);
                var progress = ProgressRules.Assess(new ProgressInput(i.Type, i.Direction, i.BaselineValue, i.BaselineYear, i.Targets,
                    PublishedValues.Number(latest, i.Type), latest?.Year));
                var (pillar, objective) = objectives[i.ObjectiveId];
                return new IndicatorSummaryRow(i.Code, Text(i.Wording, language), i.Type, i.Unit?.In(language), i.Direction,
                    pillar, objective, PublishedValues.Row(latest), progress);
            })
            .OrderBy(r => r.PillarNumber).ThenBy(r => r.ObjectiveNumber).ThenBy(r => r.Code, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>One indicator of a plan, found by its code whatever the case; null when the country, plan or indicator is unknown.</summary>
    public static async Task<IndicatorDetail?> Detail(AvanceDb db, string iso2, string planCode, string indicatorCode, string language,
        CancellationToken cancellationToken)
    {
        if (await PlanQueries.Find(db, iso2, planCode, cancellationToken) is not { } plan) return null;
        var code = indicatorCode.ToUpperInvariant();
        var indicator = await db.Indicators
            .Where(i => i.PlanId == plan.Id && i.Code.ToUpper() == code)
            .Include(i => i.Wording).Include(i => i.Unit).Include(i => i.DataSource)
            .Include(i => i.Targets).ThenInclude(t => t.Description)
            .Include(i => i.Disaggregations)
            .Include(i => i.FrameworkLinks).ThenInclude(l => l.GlobalIndicator).ThenInclude(g => g!.Title)
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);
        if (indicator is null) return null;

        var objective = await db.StrategicObjectives
            .Where(o => o.Id == indicator.ObjectiveId)
            .Join(db.Pillars, o => o.PillarId, p => p.Id, (o, p) => new { PillarNumber = p.Number, Pillar = p.Name, o.Number, o.Statement })
            .SingleAsync(cancellationToken);
        var responsible = indicator.ResponsibleOrganisationId is { } organisationId
            ? await db.Organisations.Where(o => o.Id == organisationId).Select(o => new { o.Name, o.Acronym }).SingleAsync(cancellationToken)
            : null;
        var values = await PublishedValues.ForPlan(db, plan.Id, indicator.Id, cancellationToken);
        var labels = new DisaggregationLabels(await StateNames(db, iso2, cancellationToken), language);
        var latest = PublishedValues.LatestTotal(values);
        var targets = indicator.Targets.OrderBy(t => t.Year).ToList();

        return new IndicatorDetail(
            plan.Code, Text(plan.Title, language), indicator.Code, Text(indicator.Wording, language), indicator.Type,
            indicator.Unit?.In(language), indicator.Direction, indicator.Periodicity, indicator.DataSource?.In(language),
            responsible is null ? null : new OrganisationNameRow(Text(responsible.Name, language), responsible.Acronym?.In(language)),
            [.. indicator.Disaggregations.Select(d => d.Dimension).Order()],
            new IndicatorObjectiveRow(objective.PillarNumber, Text(objective.Pillar, language), objective.Number, Text(objective.Statement, language)),
            indicator.BaselineValue is { } baseline ? new BaselineRow(baseline, indicator.BaselineYear) : null,
            [.. targets.Select(t => new TargetRow(t.Year, t.Value, t.Description?.In(language)))],
            [.. values.Select(v => new IndicatorValueRow(v.Period, v.Year, v.Disaggregation.ToString(),
                [.. v.Disaggregation.Parts.Select(p => new DisaggregationPartRow(p.Key, p.Value, labels.Label(p.Key, p.Value)))],
                v.Value, v.TextValue, v.Narrative?.In(language), v.Source, v.SourceDate))],
            PublishedValues.Row(latest),
            ProgressRules.Assess(new ProgressInput(indicator.Type, indicator.Direction, indicator.BaselineValue, indicator.BaselineYear,
                [.. targets.Select(t => new TargetPoint(t.Year, t.Value))], PublishedValues.Number(latest, indicator.Type), latest?.Year)),
            [.. indicator.FrameworkLinks
                .Select(l => new FrameworkLinkRow(l.GlobalIndicator!.Framework, l.GlobalIndicator.Code, Text(l.GlobalIndicator.Title, language)))
                .OrderBy(l => l.Framework).ThenBy(l => l.Code, StringComparer.Ordinal)]);
    }

    private static async Task<Dictionary<int, (int Pillar, int Objective)>> ObjectiveNumbers(AvanceDb db, int planId, CancellationToken cancellationToken) =>
        (await db.StrategicObjectives
            .Join(db.Pillars, o => o.PillarId, p => p.Id, (o, p) => new { o.Id, p.PlanId, Pillar = p.Number, Objective = o.Number })
            .Where(x => x.PlanId == planId)
            .ToListAsync(cancellationToken))
        .ToDictionary(x => x.Id, x => (x.Pillar, x.Objective));

    private static async Task<Dictionary<string, string>> StateNames(AvanceDb db, string iso2, CancellationToken cancellationToken)
    {
        var country = iso2.ToUpperInvariant();
        return await db.AdministrativeAreas
            .Where(a => db.Countries.Any(c => c.Id == a.CountryId && c.Iso2 == country))
            .ToDictionaryAsync(a => a.Code, a => a.Name, cancellationToken);
    }

    private static string Text(LocalizedText text, string language) => text.In(language) ?? "";
}
