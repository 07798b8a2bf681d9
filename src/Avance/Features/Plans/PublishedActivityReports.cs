using Avance.Data;
using Avance.Domain;
using Avance.Features.Reporting;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Plans;

/// <summary>
/// The one rule for an activity's latest status, shared by the plan tree and the activity tables: its published report
/// of the published period that ends last (the later-created period when two end together). Unpublished reports are
/// never shown.
/// </summary>
internal static class PublishedActivityReports
{
    /// <summary>Per activity of the plan, its latest published status report.</summary>
    public static async Task<Dictionary<int, ActivityStatusRow>> LatestByActivityAsync(AvanceDb db, int planId, string language,
        CancellationToken cancellationToken)
    {
        var reports =
            from report in db.ActivityStatusReports
            join period in db.ReportingPeriods on report.ReportingPeriodId equals period.Id
            where period.PlanId == planId && report.ReportStatus == MeasurementStatus.Published && period.State == PeriodState.Published
            orderby period.EndsOn descending, period.Id descending
            select new { report.ActivityId, report.Status, report.Narrative, period.Label };
        var latest = new Dictionary<int, ActivityStatusRow>();
        await foreach (var report in reports.AsAsyncEnumerable().WithCancellation(cancellationToken))
            latest.TryAdd(report.ActivityId, new ActivityStatusRow(report.Label, report.Status, report.Narrative?.In(language)));
        return latest;
    }
}
