using Avance.Data;
using Avance.Features.Evidence;
using Avance.Features.Indicators;
using Avance.Features.Reporting.Entry.Rules;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Reporting.Entry;

/// <summary>
/// The indicators to report for a period, in plan order, each with its combinations and what is saved: the one query
/// behind the entry list, the indicator form, the reporting API and the Excel template.
/// </summary>
public static class IndicatorEntries
{
    public static async Task<List<IndicatorEntryRow>> List(AvanceDb db, PeriodRow period, EntryScope scope, string language,
        CancellationToken cancellationToken)
    {
        var indicators = await (
                from i in db.Indicators
                join objective in db.StrategicObjectives on i.ObjectiveId equals objective.Id
                join pillar in db.Pillars on objective.PillarId equals pillar.Id
                from organisation in db.Organisations.Where(o => o.Id == i.ResponsibleOrganisationId).DefaultIfEmpty()
                where i.PlanId == period.PlanId
                      && (scope.OrganisationId == null || i.ResponsibleOrganisationId == scope.OrganisationId)
                      && (scope.IndicatorId == null || i.Id == scope.IndicatorId)
                orderby pillar.Number, objective.Number, i.Code
                select new
                {
                    i.Id, i.Code, Wording = TextInLanguage.Pick(i.Wording, language), i.Type,
                    Unit = TextInLanguage.Pick(i.Unit, language),
                    UnitWordings = i.Unit == null ? new List<string>() : i.Unit.Translations.Select(t => t.Value).ToList(),
                    i.ResponsibleOrganisationId,
                    Organisation = organisation == null ? null : TextInLanguage.Pick(organisation.Acronym, language) ?? TextInLanguage.Pick(organisation.Name, language),
                    Dimensions = i.Disaggregations.Select(d => d.Dimension).ToList(),
                })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        if (indicators.Count == 0) return [];

        var ids = indicators.Select(i => i.Id).ToList();
        var measurements = await db.Measurements.Include(m => m.Narrative)
            .Where(m => m.ReportingPeriodId == period.Id && ids.Contains(m.IndicatorId))
            .ToListAsync(cancellationToken);
        var sourceIds = measurements.Where(m => m.SourceId is not null).Select(m => m.SourceId!.Value).Distinct().ToList();
        var sources = await db.Sources.Where(s => sourceIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => new EntrySourceRow(s.Id, s.Title, s.Url), cancellationToken);
        var evidence = await EvidenceQueries.ForMeasurements(db, [.. measurements.Select(m => m.Id)], cancellationToken);
        var states = await EntryQueries.States(db, period.CountryId, cancellationToken);
        var labels = new CombinationLabels(states, language);
        var byIndicator = measurements.ToLookup(m => m.IndicatorId);

        return [.. indicators.Select(i =>
        {
            var saved = byIndicator[i.Id].ToDictionary(m => m.Disaggregation);
            var dimensions = i.Dimensions.Distinct().Order().ToList();
            var stored = StoredEntries.From(saved.Values);
            var combinations = DeclaredCombinations.For(dimensions, [.. states.Keys], saved.Keys)
                .Select(key => Combination(key, saved.GetValueOrDefault(key), labels, evidence))
                .ToList();
            return new IndicatorEntryRow(i.Id, i.Code, i.Wording ?? "", i.Type, i.Unit,
                i.Type == IndicatorType.Number && WholeUnits.Counted(i.UnitWordings),
                i.ResponsibleOrganisationId, i.Organisation, dimensions, combinations,
                stored.NarrativeEnglish, stored.NarrativeSpanish,
                stored.SourceId is { } sourceId ? sources.GetValueOrDefault(sourceId) : null, stored.SourceDate,
                State(saved.Values));
        })];
    }

    private static CombinationRow Combination(DisaggregationKey key, Measurement? measurement, CombinationLabels labels, ILookup<int, EvidenceRow> evidence)
    {
        var part = key.Parts.Count == 1 ? key.Parts.Single() : (KeyValuePair<DisaggregationDimension, string>?)null;
        return new CombinationRow(key.ToString(), part?.Key, part?.Value, labels.Label(key),
            measurement?.Id, measurement?.Value, measurement?.TextValue, measurement?.Status, measurement?.Version ?? 0,
            measurement?.Status == MeasurementStatus.Returned ? measurement.ReturnReason : null,
            measurement is null ? [] : [.. evidence[measurement.Id]]);
    }

    private static EntryState State(IEnumerable<Measurement> measurements)
    {
        var statuses = measurements.Where(m => m.Value is not null || m.TextValue is not null || m.Status != MeasurementStatus.Draft)
            .Select(m => m.Status).ToList();
        if (statuses.Count == 0) return EntryState.NotStarted;
        return statuses.Select(s => s switch
        {
            MeasurementStatus.Returned => EntryState.Returned,
            MeasurementStatus.Draft => EntryState.Draft,
            MeasurementStatus.Submitted => EntryState.Submitted,
            MeasurementStatus.Approved => EntryState.Approved,
            _ => EntryState.Published,
        }).Min();
    }
}
