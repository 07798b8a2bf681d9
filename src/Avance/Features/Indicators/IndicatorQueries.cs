using System.Runtime.CompilerServices;
using Avance.Data;
using Avance.Domain;
using Avance.Features.Plans;
using Avance.Features.Sources;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Indicators;

/// <summary>How an indicator is found from its address: its Id for further queries, its code as stored.</summary>
public sealed record IndicatorKey(int Id, string Code);

/// <summary>A published value with the code of its indicator, for tables that hold several indicators' values.</summary>
public sealed record PublishedIndicatorValueRow(string IndicatorCode, IndicatorValueRow Value);

public static class IndicatorQueries
{
    /// <summary>A plan's indicators in the order of the plan (pillar, objective, code), each with its latest published value and status.</summary>
    public static async Task<List<IndicatorSummaryRow>> Summaries(AvanceDb db, int planId, string language, CancellationToken cancellationToken) =>
        await SummaryRows(db, planId, language).ToListAsync(cancellationToken);

    /// <summary>
    /// <see cref="Summaries"/> as a stream. The plan's published values are read first (the rules need each indicator's
    /// latest one), then the indicators one by one in plan order.
    /// </summary>
    public static async IAsyncEnumerable<IndicatorSummaryRow> SummaryRows(AvanceDb db, int planId, string language,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var values = (await PublishedValues.ForPlan(db, planId, null, cancellationToken)).ToLookup(v => v.IndicatorId);
        var indicators = (
                from i in db.Indicators
                join objective in db.StrategicObjectives on i.ObjectiveId equals objective.Id
                join pillar in db.Pillars on objective.PillarId equals pillar.Id
                where i.PlanId == planId
                orderby pillar.Number, objective.Number, i.Code
                select new
                {
                    i.Id, i.Code, i.Wording, i.Type, i.Unit, i.Direction, i.BaselineValue, i.BaselineYear,
                    Pillar = pillar.Number, Objective = objective.Number,
                    Targets = i.Targets.Select(t => new TargetPoint(t.Year, t.Value)).ToList(),
                })
            .AsSingleQuery() // split queries would read all but the last query whole before the first row
            .AsAsyncEnumerable();
        await foreach (var i in indicators.WithCancellation(cancellationToken))
        {
            var latest = PublishedValues.LatestTotal(values[i.Id]);
            var progress = ProgressRules.Assess(new ProgressInput(i.Type, i.Direction, i.BaselineValue, i.BaselineYear, i.Targets,
                PublishedValues.Number(latest, i.Type), latest?.Year));
            yield return new IndicatorSummaryRow(i.Code, Text(i.Wording, language), i.Type, i.Unit?.In(language), i.Direction,
                i.Pillar, i.Objective, PublishedValues.Row(latest), progress);
        }
    }

    /// <summary>A plan's indicator by its code, whatever the case; null when the plan has none with that code.</summary>
    public static Task<IndicatorKey?> Find(AvanceDb db, int planId, string indicatorCode, CancellationToken cancellationToken) =>
        WithCode(db, planId, indicatorCode).Select(i => new IndicatorKey(i.Id, i.Code)).SingleOrDefaultAsync(cancellationToken);

    /// <summary>One indicator of a plan, found by its code whatever the case; null when the country, plan or indicator is unknown.</summary>
    public static async Task<IndicatorDetail?> Detail(AvanceDb db, string iso2, string planCode, string indicatorCode, string language,
        CancellationToken cancellationToken)
    {
        if (await PlanQueries.Find(db, iso2, planCode, cancellationToken) is not { } plan) return null;
        var indicator = await WithCode(db, plan.Id, indicatorCode)
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
            [.. values.Select(v => ValueRow(v, labels, language))],
            PublishedValues.Row(latest),
            ProgressRules.Assess(new ProgressInput(indicator.Type, indicator.Direction, indicator.BaselineValue, indicator.BaselineYear,
                [.. targets.Select(t => new TargetPoint(t.Year, t.Value))], PublishedValues.Number(latest, indicator.Type), latest?.Year)),
            [.. indicator.FrameworkLinks
                .Select(l => new FrameworkLinkRow(l.GlobalIndicator!.Framework, l.GlobalIndicator.Code, Text(l.GlobalIndicator.Title, language)))
                .OrderBy(l => l.Framework).ThenBy(l => l.Code, StringComparer.Ordinal)]);
    }

    /// <summary>An indicator's targets, year by year.</summary>
    public static async IAsyncEnumerable<TargetRow> TargetRows(AvanceDb db, int indicatorId, string language,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var query = db.IndicatorTargets.Where(t => t.IndicatorId == indicatorId).OrderBy(t => t.Year).ThenBy(t => t.Id)
            .Select(t => new { t.Year, t.Value, t.Description })
            .AsAsyncEnumerable();
        await foreach (var t in query.WithCancellation(cancellationToken))
            yield return new TargetRow(t.Year, t.Value, t.Description?.In(language));
    }

    /// <summary>
    /// A plan's published values — of one indicator when given — streamed indicator by indicator in plan order, then by
    /// period and slice as the indicator page lists them. Published is decided by <see cref="PublishedValues.Query"/>.
    /// </summary>
    public static async IAsyncEnumerable<PublishedIndicatorValueRow> ValueRows(AvanceDb db, string iso2, int planId, int? indicatorId,
        string language, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var labels = new DisaggregationLabels(await StateNames(db, iso2, cancellationToken), language);
        var histories = await PublishedRevisions.ForPlan(db, planId, indicatorId, cancellationToken);
        var query = (
                from published in PublishedValues.Query(db, planId, indicatorId)
                join indicator in db.Indicators on published.Measurement.IndicatorId equals indicator.Id
                join objective in db.StrategicObjectives on indicator.ObjectiveId equals objective.Id
                join pillar in db.Pillars on objective.PillarId equals pillar.Id
                from source in db.Sources.Where(s => s.Id == published.Measurement.SourceId).DefaultIfEmpty()
                orderby pillar.Number, objective.Number, indicator.Code, published.Period.EndsOn, published.Measurement.Disaggregation
                select new
                {
                    published.Measurement.Id, indicator.Code, published.Measurement.IndicatorId, published.Measurement.Disaggregation, published.Measurement.Value,
                    published.Measurement.TextValue, published.Measurement.Narrative, Source = source, published.Measurement.SourceDate,
                    published.Period.Label, published.Period.EndsOn,
                })
            .AsAsyncEnumerable();
        await foreach (var v in query.WithCancellation(cancellationToken))
            yield return new PublishedIndicatorValueRow(v.Code, ValueRow(
                new PublishedValue(v.IndicatorId, v.Label, v.EndsOn, v.Disaggregation, v.Value, v.TextValue, v.Narrative,
                    v.Source is null ? null : SourceRow.Of(v.Source), v.SourceDate, histories.GetValueOrDefault(v.Id)),
                labels, language));
    }

    private static IndicatorValueRow ValueRow(PublishedValue value, DisaggregationLabels labels, string language) =>
        new(value.Period, value.Year, value.Disaggregation.ToString(),
            [.. value.Disaggregation.Parts.Select(p => new DisaggregationPartRow(p.Key, p.Value, labels.Label(p.Key, p.Value)))],
            value.Value, value.TextValue, value.Narrative?.In(language), value.Source, value.SourceDate,
            value.History?.RevisedOn, value.History?.Figures ?? []);

    private static IQueryable<Indicator> WithCode(AvanceDb db, int planId, string indicatorCode)
    {
        var code = indicatorCode.ToUpperInvariant();
        return db.Indicators.Where(i => i.PlanId == planId && i.Code.ToUpper() == code);
    }

    private static async Task<Dictionary<string, string>> StateNames(AvanceDb db, string iso2, CancellationToken cancellationToken)
    {
        var country = iso2.ToUpperInvariant();
        return await db.AdministrativeAreas
            .Where(a => db.Countries.Any(c => c.Id == a.CountryId && c.Iso2 == country))
            .ToDictionaryAsync(a => a.Code, a => a.Name, cancellationToken);
    }

    private static string Text(LocalizedText text, string language) => text.In(language) ?? "";
}
