using System.Text.Json.Serialization;
using Avance.Data;
using Avance.Domain;
using Avance.Features.Accounts;
using Avance.Features.Audit;
using Avance.Features.Reporting;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Review;

[JsonConverter(typeof(JsonStringEnumConverter<Decision>))]
public enum Decision { Approve, Return }

/// <summary>
/// The coordinator's decision on submitted values and activity reports: approve (the value is then locked) or return
/// with a reason the agency can act on — one item at a time, or every submitted value of an indicator at once.
/// A decision taken on an item someone changed since the reviewer loaded it is a conflict, and nothing is saved.
/// </summary>
public sealed class ValueReview(AvanceDb db, TimeProvider clock)
{
    public async Task<CommandOutcome> DecideMeasurementAsync(Caller caller, int id, Decision decision, int? version, string? reason,
        CancellationToken cancellationToken)
    {
        var measurement = await db.Measurements.AsTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (measurement is null) return CommandOutcome.NotFound;
        var owner = await db.Indicators.Where(i => i.Id == measurement.IndicatorId).Select(i => i.ResponsibleOrganisationId).SingleAsync(cancellationToken);
        if (!caller.ActsFor(owner)) return CommandOutcome.Forbidden;
        if (version is null) return CommandOutcome.Invalid("review.version-missing", "version");
        if (measurement.Version != version) return await ItemHistory.MeasurementConflictAsync(db, id, cancellationToken);
        if (await RefusedByPeriodAsync(measurement.ReportingPeriodId, cancellationToken) is { } refused) return refused;

        try
        {
            Apply(caller, measurement, decision, reason);
        }
        catch (DomainRuleException rule)
        {
            return CommandOutcome.From(rule);
        }
        return await SaveAsync(() => ItemHistory.MeasurementConflictAsync(db, id, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Decides on every submitted value of an indicator in a period. <paramref name="versions"/> are the values the
    /// reviewer saw (id → version); if the submitted values are not exactly those, someone changed them meanwhile.
    /// </summary>
    public async Task<CommandOutcome> DecideIndicatorAsync(Caller caller, int periodId, int indicatorId, Decision decision,
        IReadOnlyDictionary<int, int> versions, string? reason, CancellationToken cancellationToken)
    {
        var indicator = await db.Indicators.Where(i => i.Id == indicatorId)
            .Select(i => new { i.PlanId, i.ResponsibleOrganisationId }).SingleOrDefaultAsync(cancellationToken);
        var period = await db.ReportingPeriods.Where(p => p.Id == periodId).Select(p => new { p.PlanId }).SingleOrDefaultAsync(cancellationToken);
        if (indicator is null || period is null || indicator.PlanId != period.PlanId) return CommandOutcome.NotFound;
        if (!caller.ActsFor(indicator.ResponsibleOrganisationId)) return CommandOutcome.Forbidden;
        if (await RefusedByPeriodAsync(periodId, cancellationToken) is { } refused) return refused;

        var submitted = await db.Measurements.AsTracking()
            .Where(m => m.IndicatorId == indicatorId && m.ReportingPeriodId == periodId && m.Status == MeasurementStatus.Submitted)
            .OrderBy(m => m.Id).ToListAsync(cancellationToken);
        if (submitted.Count == 0 && versions.Count == 0) return CommandOutcome.Refused("review.nothing-submitted");
        var changed = versions.Keys.Except(submitted.Select(m => m.Id))
            .Concat(submitted.Where(m => !versions.TryGetValue(m.Id, out var seen) || seen != m.Version).Select(m => m.Id))
            .Select(id => (int?)id).FirstOrDefault();
        if (changed is { } changedId) return await ItemHistory.MeasurementConflictAsync(db, changedId, cancellationToken);

        try
        {
            foreach (var measurement in submitted) Apply(caller, measurement, decision, reason);
        }
        catch (DomainRuleException rule)
        {
            return CommandOutcome.From(rule);
        }
        return await SaveAsync(() => ItemHistory.MeasurementConflictAsync(db, submitted[0].Id, cancellationToken), cancellationToken);
    }

    public async Task<CommandOutcome> DecideActivityReportAsync(Caller caller, int id, Decision decision, int? version, string? reason,
        CancellationToken cancellationToken)
    {
        var report = await db.ActivityStatusReports.AsTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (report is null) return CommandOutcome.NotFound;
        var owners = await db.ActivityOrganisations.Where(o => o.ActivityId == report.ActivityId).Select(o => o.OrganisationId).ToListAsync(cancellationToken);
        if (!caller.ActsForAny(owners)) return CommandOutcome.Forbidden;
        if (version is null) return CommandOutcome.Invalid("review.version-missing", "version");
        if (report.Version != version) return await ItemHistory.ActivityReportConflictAsync(db, id, cancellationToken);
        if (await RefusedByPeriodAsync(report.ReportingPeriodId, cancellationToken) is { } refused) return refused;

        var before = new { Status = report.ReportStatus };
        string? kept;
        try
        {
            kept = decision == Decision.Approve ? ApproveReport(report) : report.Return(reason);
        }
        catch (DomainRuleException rule)
        {
            return CommandOutcome.From(rule);
        }
        AuditTrail.Record(db, caller, clock.GetUtcNow(), ActionOf(ReviewItems.ActivityReport, decision), ReviewItems.ActivityReport, id,
            before, new { Status = report.ReportStatus }, kept);
        return await SaveAsync(() => ItemHistory.ActivityReportConflictAsync(db, id, cancellationToken), cancellationToken);
    }

    private void Apply(Caller caller, Measurement measurement, Decision decision, string? reason)
    {
        var before = MeasurementSnapshot(measurement);
        if (decision == Decision.Approve) measurement.Approve();
        else measurement.Return(reason);
        AuditTrail.Record(db, caller, clock.GetUtcNow(), ActionOf(ReviewItems.Measurement, decision), ReviewItems.Measurement, measurement.Id,
            before, MeasurementSnapshot(measurement), measurement.ReturnReason);
    }

    private static string? ApproveReport(ActivityStatusReport report)
    {
        report.Approve();
        return null;
    }

    /// <summary>Reviews happen while agencies report and after the period closes; a planned or published period has nothing to decide.</summary>
    private async Task<CommandOutcome?> RefusedByPeriodAsync(int periodId, CancellationToken cancellationToken)
    {
        var state = await db.ReportingPeriods.Where(p => p.Id == periodId).Select(p => p.State).SingleAsync(cancellationToken);
        return state is PeriodState.Open or PeriodState.Closed ? null : CommandOutcome.Refused("review.period-not-in-review");
    }

    private async Task<CommandOutcome> SaveAsync(Func<Task<CommandOutcome>> conflict, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return CommandOutcome.Done();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await conflict();
        }
    }

    private static string ActionOf(string itemType, Decision decision) => $"{itemType}.{(decision == Decision.Approve ? "approve" : "return")}";

    internal static object MeasurementSnapshot(Measurement measurement) =>
        new { measurement.Status, measurement.Value, measurement.TextValue, measurement.ReturnReason };
}
