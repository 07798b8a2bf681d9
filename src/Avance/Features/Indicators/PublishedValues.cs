using Avance.Data;
using Avance.Domain;
using Avance.Features.Reporting;
using Avance.Features.Sources;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Indicators;

/// <summary>
/// The only door through which indicator values reach the public: a value is shown when it is published and its
/// reporting period is published too. Drafts, submissions, returned and approved values never leave here.
/// </summary>
internal static class PublishedValues
{
    /// <summary>The rule itself, for every query that shows values: published values in published periods of a plan.</summary>
    public static IQueryable<PublishedMeasurement> Query(AvanceDb db, int planId, int? indicatorId) =>
        from measurement in db.Measurements
        join period in db.ReportingPeriods on measurement.ReportingPeriodId equals period.Id
        where period.PlanId == planId
              && measurement.Status == MeasurementStatus.Published
              && period.State == PeriodState.Published
              && (indicatorId == null || measurement.IndicatorId == indicatorId)
        select new PublishedMeasurement { Measurement = measurement, Period = period };

    public static async Task<List<PublishedValue>> ForPlan(AvanceDb db, int planId, int? indicatorId, CancellationToken cancellationToken)
    {
        var rows = await Query(db, planId, indicatorId)
            .Select(p => new
            {
                p.Measurement.Id, p.Measurement.IndicatorId, p.Measurement.Disaggregation, p.Measurement.Value, p.Measurement.TextValue,
                p.Measurement.Narrative, p.Measurement.SourceId, p.Measurement.SourceDate, p.Period.Label, p.Period.EndsOn,
            })
            .ToListAsync(cancellationToken);
        var sourceIds = rows.Where(r => r.SourceId is not null).Select(r => r.SourceId!.Value).Distinct().ToList();
        var sources = await db.Sources.Where(s => sourceIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var histories = await PublishedRevisions.ForPlan(db, planId, indicatorId, cancellationToken);
        return rows
            .OrderBy(r => r.EndsOn).ThenBy(r => r.Disaggregation.ToString(), StringComparer.Ordinal)
            .Select(r => new PublishedValue(r.IndicatorId, r.Label, r.EndsOn, r.Disaggregation, r.Value, r.TextValue, r.Narrative,
                r.SourceId is { } id && sources.TryGetValue(id, out var source) ? SourceRow.Of(source) : null, r.SourceDate,
                histories.GetValueOrDefault(r.Id)))
            .ToList();
    }

    /// <summary>The newest published value of the indicator as a whole, if any.</summary>
    public static PublishedValue? LatestTotal(IEnumerable<PublishedValue> values) =>
        values.Where(v => v.Disaggregation.IsTotal).MaxBy(v => v.EndsOn);

    public static LatestValueRow? Row(PublishedValue? latest) =>
        latest is null ? null : new LatestValueRow(latest.Period, latest.Year, latest.Value, latest.TextValue);

    /// <summary>Yes/no answers may be stored as 1/0 or in words; the rules need 1/0.</summary>
    public static decimal? Number(PublishedValue? value, IndicatorType type)
    {
        if (value is null) return null;
        if (value.Value is not null || type != IndicatorType.YesNo) return value.Value;
        return value.TextValue?.Trim().ToLowerInvariant() switch
        {
            "yes" or "sí" or "si" or "true" => 1,
            "no" or "false" => 0,
            _ => null,
        };
    }
}

/// <summary>A published measurement with its period; built with an initialiser so queries can keep composing on it.</summary>
internal sealed class PublishedMeasurement
{
    public required Measurement Measurement { get; init; }
    public required ReportingPeriod Period { get; init; }
}

internal sealed record PublishedValue(
    int IndicatorId, string Period, DateOnly EndsOn, DisaggregationKey Disaggregation, decimal? Value, string? TextValue,
    LocalizedText? Narrative, SourceRow? Source, DateOnly? SourceDate, ValueHistory? History = null)
{
    /// <summary>The year a period ends is the year the progress rules compare with target years.</summary>
    public int Year => EndsOn.Year;
}
