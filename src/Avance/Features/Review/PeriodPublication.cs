using Avance.Data;
using Avance.Domain;
using Avance.Features.Accounts;
using Avance.Features.Audit;
using Avance.Features.Reporting;
using Avance.Web;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Review;

/// <summary>What publishing a period would make public, and what would stay behind.</summary>
public sealed record PublicationPreview(int ApprovedValues, int ApprovedReports, int AwaitingReview, int NotFinished);

/// <summary>
/// Publishing a closed period: its approved values and activity reports become published, and with the period
/// they become public in pages, API and downloads. Nothing else of the period ever does. While anything still
/// awaits review the coordinator must decide on it first, so no submitted report is silently left out.
/// </summary>
public sealed class PeriodPublication(AvanceDb db, TimeProvider clock, IOutputCacheStore cache)
{
    public async Task<PublicationPreview> PreviewAsync(int id, CancellationToken cancellationToken)
    {
        var values = await db.Measurements.Where(m => m.ReportingPeriodId == id)
            .GroupBy(m => m.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var reports = await db.ActivityStatusReports.Where(r => r.ReportingPeriodId == id)
            .GroupBy(r => r.ReportStatus).Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        int Count(MeasurementStatus status) =>
            values.Where(v => v.Status == status).Sum(v => v.Count) + reports.Where(r => r.Status == status).Sum(r => r.Count);
        return new PublicationPreview(
            values.Where(v => v.Status == MeasurementStatus.Approved).Sum(v => v.Count),
            reports.Where(r => r.Status == MeasurementStatus.Approved).Sum(r => r.Count),
            Count(MeasurementStatus.Submitted),
            Count(MeasurementStatus.Draft) + Count(MeasurementStatus.Returned));
    }

    public async Task<CommandOutcome> PublishAsync(Caller caller, int id, int? version, CancellationToken cancellationToken)
    {
        if (version is null) return CommandOutcome.Invalid("review.version-missing", "version");
        var period = await db.ReportingPeriods.AsTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (period is null) return CommandOutcome.NotFound;
        if (period.Version != version) return await ItemHistory.PeriodConflictAsync(db, id, cancellationToken);

        var at = clock.GetUtcNow();
        var before = PeriodWorkflow.Snapshot(period);
        try
        {
            period.Publish(at);
        }
        catch (DomainRuleException rule)
        {
            return CommandOutcome.From(rule);
        }
        if ((await PreviewAsync(id, cancellationToken)).AwaitingReview > 0) return CommandOutcome.Refused("period.awaiting-review");

        var measurements = await db.Measurements.AsTracking()
            .Where(m => m.ReportingPeriodId == id && m.Status == MeasurementStatus.Approved).ToListAsync(cancellationToken);
        foreach (var measurement in measurements)
        {
            measurement.Publish();
            AuditTrail.Record(db, caller, at, "measurement.publish", ReviewItems.Measurement, measurement.Id,
                new { Status = MeasurementStatus.Approved }, new { measurement.Status });
        }
        var reports = await db.ActivityStatusReports.AsTracking()
            .Where(r => r.ReportingPeriodId == id && r.ReportStatus == MeasurementStatus.Approved).ToListAsync(cancellationToken);
        foreach (var report in reports)
        {
            report.Publish();
            AuditTrail.Record(db, caller, at, "activity-report.publish", ReviewItems.ActivityReport, report.Id,
                new { Status = MeasurementStatus.Approved }, new { Status = report.ReportStatus });
        }
        AuditTrail.Record(db, caller, at, "reporting-period.publish", ReviewItems.Period, id, before,
            new { period.State, period.PublishedAt, PublishedValues = measurements.Count, PublishedReports = reports.Count });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await ItemHistory.PeriodConflictAsync(db, id, cancellationToken);
        }
        await PublicDataCache.InvalidateAsync(cache, cancellationToken);
        return CommandOutcome.Done(id);
    }
}
