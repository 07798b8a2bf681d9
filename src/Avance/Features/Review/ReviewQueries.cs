using Avance.Data;
using Avance.Features.Accounts;
using Avance.Features.Reporting;
using Avance.Features.Sources;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Review;

/// <summary>What the reviewer reads: the queue of a period, one indicator's values in it, one value or report with its history.</summary>
public static class ReviewQueries
{
    /// <summary>Everything submitted in a period and not yet decided on, by indicator and activity in code order.</summary>
    public static async Task<ReviewQueue?> Queue(AvanceDb db, int periodId, string language, CancellationToken cancellationToken)
    {
        if (await PeriodQueries.Find(db, periodId, language, cancellationToken) is not { } period) return null;
        var values = await Values(db, period, new ValueFilter(Status: MeasurementStatus.Submitted), language, cancellationToken);
        var reports = await Reports(db, period, reportId: null, MeasurementStatus.Submitted, language, cancellationToken);
        return new ReviewQueue(period, values, reports);
    }

    /// <summary>Every value of an indicator in a period, whatever its status; null when either is unknown or not of the same plan.</summary>
    public static async Task<(PeriodRow Period, ReviewIndicatorRow Indicator)?> Indicator(AvanceDb db, int periodId, int indicatorId, string language,
        CancellationToken cancellationToken)
    {
        if (await PeriodQueries.Find(db, periodId, language, cancellationToken) is not { } period) return null;
        var indicators = await Indicators(db, [indicatorId], language, cancellationToken);
        if (!indicators.TryGetValue(indicatorId, out var indicator) || indicator.PlanId != period.PlanId) return null;
        var values = await Values(db, period, new ValueFilter(IndicatorId: indicatorId), language, cancellationToken);
        return (period, values.SingleOrDefault() ?? new ReviewIndicatorRow(indicator.Indicator, []));
    }

    public static async Task<MeasurementDetail?> Measurement(AvanceDb db, int id, string language, CancellationToken cancellationToken)
    {
        var periodId = await db.Measurements.Where(m => m.Id == id).Select(m => (int?)m.ReportingPeriodId).SingleOrDefaultAsync(cancellationToken);
        if (periodId is null || await PeriodQueries.Find(db, periodId.Value, language, cancellationToken) is not { } period) return null;
        var row = (await Values(db, period, new ValueFilter(MeasurementId: id), language, cancellationToken)).Single();
        var revisions = await db.MeasurementRevisions.Where(r => r.MeasurementId == id).OrderBy(r => r.Number)
            .Select(r => new RevisionRow(r.Number, r.Value, r.TextValue, r.RecordedAt, r.Reason))
            .ToListAsync(cancellationToken);
        return new MeasurementDetail(period, row.Indicator, row.Values.Single(), revisions,
            await ItemHistory.ForAsync(db, ReviewItems.Measurement, id, cancellationToken));
    }

    public static async Task<ActivityReportDetail?> ActivityReport(AvanceDb db, int id, string language, CancellationToken cancellationToken)
    {
        var periodId = await db.ActivityStatusReports.Where(r => r.Id == id).Select(r => (int?)r.ReportingPeriodId).SingleOrDefaultAsync(cancellationToken);
        if (periodId is null || await PeriodQueries.Find(db, periodId.Value, language, cancellationToken) is not { } period) return null;
        var report = (await Reports(db, period, id, status: null, language, cancellationToken)).Single();
        var organisationIds = await db.ActivityOrganisations.Where(o => o.ActivityId == report.ActivityId).Select(o => o.OrganisationId)
            .ToListAsync(cancellationToken);
        var history = await ItemHistory.ForAsync(db, ReviewItems.ActivityReport, id, cancellationToken);
        var returned = report.ReportStatus == MeasurementStatus.Returned
            ? ItemHistory.ReturnReason(history)
            : null;
        return new ActivityReportDetail(period, report,
            [.. (await OrganisationNames.ForAsync(db, organisationIds, language, cancellationToken)).Values.Order(StringComparer.Ordinal)],
            returned, history);
    }

    /// <summary>What was returned to the caller's organisation in a period (to every organisation for coordinators), with the reasons.</summary>
    public static async Task<ReturnedWork> Returned(AvanceDb db, PeriodRow period, Caller caller, string language, CancellationToken cancellationToken)
    {
        var values = (await Values(db, period, new ValueFilter(Status: MeasurementStatus.Returned), language, cancellationToken))
            .Where(row => caller.ActsFor(row.Indicator.OrganisationId)).ToList();
        var reports = await Reports(db, period, reportId: null, MeasurementStatus.Returned, language, cancellationToken);
        var activityIds = reports.Select(r => r.ActivityId).ToList();
        var owners = (await db.ActivityOrganisations.Where(o => activityIds.Contains(o.ActivityId)).Select(o => new { o.ActivityId, o.OrganisationId })
            .ToListAsync(cancellationToken)).ToLookup(o => o.ActivityId, o => o.OrganisationId);
        var returnedReports = new List<ReturnedReport>();
        foreach (var report in reports.Where(r => caller.ActsForAny(owners[r.ActivityId])))
        {
            var history = await ItemHistory.ForAsync(db, ReviewItems.ActivityReport, report.ReportId, cancellationToken);
            returnedReports.Add(new ReturnedReport(report, ItemHistory.ReturnReason(history)));
        }
        return new ReturnedWork(values, returnedReports);
    }

    private sealed record ValueFilter(int? IndicatorId = null, int? MeasurementId = null, MeasurementStatus? Status = null);

    private static async Task<List<ReviewIndicatorRow>> Values(AvanceDb db, PeriodRow period, ValueFilter filter, string language,
        CancellationToken cancellationToken)
    {
        var values = await (
                from m in db.Measurements
                from source in db.Sources.Where(s => s.Id == m.SourceId).DefaultIfEmpty()
                where m.ReportingPeriodId == period.Id
                      && (filter.IndicatorId == null || m.IndicatorId == filter.IndicatorId)
                      && (filter.MeasurementId == null || m.Id == filter.MeasurementId)
                      && (filter.Status == null || m.Status == filter.Status)
                orderby m.Disaggregation, m.Id
                select new
                {
                    m.Id, m.IndicatorId, m.Disaggregation, m.Value, m.TextValue, Narrative = TextInLanguage.Pick(m.Narrative, language),
                    Source = source, m.SourceDate, m.Status, m.ReturnReason, m.Version,
                })
            .ToListAsync(cancellationToken);
        var indicators = await Indicators(db, values.Select(v => v.IndicatorId), language, cancellationToken);
        var labels = await SliceLabels.ForPlanAsync(db, period.PlanId, language, cancellationToken);
        return [.. values
            .GroupBy(v => v.IndicatorId)
            .Select(g => new ReviewIndicatorRow(indicators[g.Key].Indicator, [.. g.Select(v => new ReviewValueRow(v.Id, v.Disaggregation.ToString(),
                SliceLabels.Parts(v.Disaggregation, labels), v.Value, v.TextValue, v.Narrative, v.Source is null ? null : SourceRow.Of(v.Source),
                v.SourceDate, v.Status, v.ReturnReason, v.Version))]))
            .OrderBy(r => r.Indicator.Code, StringComparer.Ordinal)];
    }

    private static async Task<Dictionary<int, (ReviewIndicator Indicator, int PlanId)>> Indicators(AvanceDb db, IEnumerable<int> indicatorIds,
        string language, CancellationToken cancellationToken)
    {
        var ids = indicatorIds.Distinct().ToList();
        var indicators = await db.Indicators.Where(i => ids.Contains(i.Id))
            .Select(i => new
            {
                i.Id, i.PlanId, i.Code, Wording = TextInLanguage.Pick(i.Wording, language), i.Type, Unit = TextInLanguage.Pick(i.Unit, language),
                i.ResponsibleOrganisationId,
            })
            .ToListAsync(cancellationToken);
        var names = await OrganisationNames.ForAsync(db, indicators.Where(i => i.ResponsibleOrganisationId is not null)
            .Select(i => i.ResponsibleOrganisationId!.Value), language, cancellationToken);
        return indicators.ToDictionary(i => i.Id, i => (new ReviewIndicator(i.Id, i.Code, i.Wording ?? i.Code, i.Type, i.Unit,
            i.ResponsibleOrganisationId, i.ResponsibleOrganisationId is { } owner ? names.GetValueOrDefault(owner) : null), i.PlanId));
    }

    private static async Task<List<ReviewReportRow>> Reports(AvanceDb db, PeriodRow period, int? reportId, MeasurementStatus? status, string language,
        CancellationToken cancellationToken)
    {
        var reports = await (
                from report in db.ActivityStatusReports
                join activity in db.Activities on report.ActivityId equals activity.Id
                join line in db.LinesOfAction on activity.LineOfActionId equals line.Id
                join objective in db.StrategicObjectives on line.ObjectiveId equals objective.Id
                join pillar in db.Pillars on objective.PillarId equals pillar.Id
                where report.ReportingPeriodId == period.Id && (reportId == null || report.Id == reportId)
                      && (status == null || report.ReportStatus == status)
                orderby pillar.Number, objective.Number, activity.Number
                select new
                {
                    report.Id, report.ActivityId, Pillar = pillar.Number, Objective = objective.Number, activity.Number,
                    Statement = TextInLanguage.Pick(activity.Statement, language), report.Status,
                    Narrative = TextInLanguage.Pick(report.Narrative, language), report.ReportStatus, report.Version,
                })
            .ToListAsync(cancellationToken);
        return [.. reports.Select(r => new ReviewReportRow(r.Id, r.ActivityId, BoardQueries.ActivityCode(r.Pillar, r.Objective, r.Number),
            r.Statement ?? "", r.Status, r.Narrative, r.ReportStatus, r.Version))];
    }
}
