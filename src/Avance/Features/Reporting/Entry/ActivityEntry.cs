using Avance.Data;
using Avance.Features.Accounts;
using Avance.Features.Audit;
using Avance.Features.Reporting.Entry.Rules;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Reporting.Entry;

/// <summary>The outcome of saving an activity's status; on a conflict, <see cref="Current"/> is what someone else saved.</summary>
public sealed record ActivityOutcome(EntryStatus Status, IReadOnlyList<EntryProblem> Problems, ActivitySnapshot? Current = null);

/// <summary>An activity status report as the audit trail and conflict messages show it.</summary>
public sealed record ActivitySnapshot(string? Status, string ReportStatus, string? NarrativeEnglish, string? NarrativeSpanish, int Version)
{
    internal static ActivitySnapshot Of(ActivityStatusReport report) => new(report.Status.ToString(), report.ReportStatus.ToString(),
        EntryQueries.Exactly(report.Narrative, "en"), EntryQueries.Exactly(report.Narrative, "es"), report.Version);
}

/// <summary>
/// Saving and submitting an activity's implementation status for a period. The responsible and co-responsible
/// organisations may report; the check on who comes before any check on state.
/// </summary>
public sealed class ActivityEntry(AvanceDb db, TimeProvider clock)
{
    private const string ItemType = "activity-report";

    public async Task<ActivityOutcome> SaveAsync(Caller caller, int periodId, int activityId, ActivityInput input, int? version, EntryMode mode,
        CancellationToken cancellationToken)
    {
        var activity = await (from a in db.Activities
                              join line in db.LinesOfAction on a.LineOfActionId equals line.Id
                              join objective in db.StrategicObjectives on line.ObjectiveId equals objective.Id
                              join pillar in db.Pillars on objective.PillarId equals pillar.Id
                              where a.Id == activityId
                              select new { pillar.PlanId, Organisations = a.Organisations.Select(o => o.OrganisationId).ToList() })
            .SingleOrDefaultAsync(cancellationToken);
        var period = await EntryQueries.Period(db, periodId, cancellationToken);
        if (activity is null || period is null || activity.PlanId != period.PlanId) return new(EntryStatus.NotFound, []);
        if (!caller.ActsForAny(activity.Organisations)) return new(EntryStatus.Forbidden, []);
        if (!period.IsOpen) return new(EntryStatus.PeriodNotOpen, []);

        var report = await db.ActivityStatusReports.AsTracking().Include(r => r.Narrative)
            .SingleOrDefaultAsync(r => r.ActivityId == activityId && r.ReportingPeriodId == periodId, cancellationToken);
        if ((version ?? 0) != (report?.Version ?? 0)) return new(EntryStatus.Conflict, [], report is null ? null : ActivitySnapshot.Of(report));
        if (report is not null && report.ReportStatus is not (MeasurementStatus.Draft or MeasurementStatus.Returned))
            return new(EntryStatus.Locked, [], ActivitySnapshot.Of(report));
        var (problems, checkedInput) = ActivityRules.Check(input, EntryQueries.Exactly(report?.Narrative, "en"), EntryQueries.Exactly(report?.Narrative, "es"), mode);
        if (checkedInput is null) return new(EntryStatus.Invalid, problems);

        var unchanged = report is not null && report.Status == checkedInput.Status
            && EntryQueries.Exactly(report.Narrative, "en") == checkedInput.NarrativeEnglish && EntryQueries.Exactly(report.Narrative, "es") == checkedInput.NarrativeSpanish;
        if (unchanged && mode == EntryMode.Draft) return new(EntryStatus.Saved, []);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await WriteAsync(caller, report, activityId, periodId, checkedInput, unchanged, mode, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new(EntryStatus.Saved, []);
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            var current = await db.ActivityStatusReports.Include(r => r.Narrative)
                .SingleOrDefaultAsync(r => r.ActivityId == activityId && r.ReportingPeriodId == periodId, cancellationToken);
            if (current is null || current.Version == (version ?? 0)) throw;
            return new(EntryStatus.Conflict, [], ActivitySnapshot.Of(current));
        }
    }

    private async Task WriteAsync(Caller caller, ActivityStatusReport? report, int activityId, int periodId, CheckedActivity input, bool unchanged,
        EntryMode mode, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var narrative = NarrativeText.Of(input.NarrativeEnglish, input.NarrativeSpanish);
        if (report is null)
        {
            report = new ActivityStatusReport(activityId, periodId, input.Status, narrative);
            // Recording it makes its version 1, so an editor who saw no report (version 0) cannot overwrite it unawares.
            report.Record(input.Status, narrative);
            db.ActivityStatusReports.Add(report);
            await db.SaveChangesAsync(cancellationToken);
            AuditTrail.Record(db, caller, now, "activity-report.record", ItemType, report.Id, null, ActivitySnapshot.Of(report));
        }
        else if (!unchanged)
        {
            var before = ActivitySnapshot.Of(report);
            report.Record(input.Status, narrative);
            AuditTrail.Record(db, caller, now, "activity-report.record", ItemType, report.Id, before, ActivitySnapshot.Of(report));
        }
        if (mode == EntryMode.Submit)
        {
            var before = ActivitySnapshot.Of(report);
            report.Submit();
            AuditTrail.Record(db, caller, now, "activity-report.submit", ItemType, report.Id, before, ActivitySnapshot.Of(report));
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
