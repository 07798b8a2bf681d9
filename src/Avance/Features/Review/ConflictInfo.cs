using Avance.Data;
using Avance.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Review;

/// <summary>The last recorded change of an item: who, when, what, and why.</summary>
public sealed record HistoryRow(DateTimeOffset At, string Actor, string Action, string? Reason);

/// <summary>
/// An item someone else changed after the caller loaded it: where it stands now and the change that got there
/// first, so the caller can see the other decision before making theirs again.
/// </summary>
public sealed record ConflictInfo(string ItemType, int ItemId, string CurrentState, int CurrentVersion, HistoryRow? LastChange);

internal static class ItemHistory
{
    public static async Task<CommandOutcome> MeasurementConflictAsync(AvanceDb db, int id, CancellationToken cancellationToken)
    {
        var current = await db.Measurements.Where(m => m.Id == id).Select(m => new { m.Status, m.Version }).SingleAsync(cancellationToken);
        return CommandOutcome.Conflicted(await ConflictAsync(db, ReviewItems.Measurement, id, current.Status.ToString(), current.Version, cancellationToken));
    }

    public static async Task<CommandOutcome> ActivityReportConflictAsync(AvanceDb db, int id, CancellationToken cancellationToken)
    {
        var current = await db.ActivityStatusReports.Where(r => r.Id == id).Select(r => new { r.ReportStatus, r.Version }).SingleAsync(cancellationToken);
        return CommandOutcome.Conflicted(await ConflictAsync(db, ReviewItems.ActivityReport, id, current.ReportStatus.ToString(), current.Version, cancellationToken));
    }

    public static async Task<CommandOutcome> PeriodConflictAsync(AvanceDb db, int id, CancellationToken cancellationToken)
    {
        var current = await db.ReportingPeriods.Where(p => p.Id == id).Select(p => new { p.State, p.Version }).SingleAsync(cancellationToken);
        return CommandOutcome.Conflicted(await ConflictAsync(db, ReviewItems.Period, id, current.State.ToString(), current.Version, cancellationToken));
    }

    /// <summary>An activity report has no column for the reason it was returned with; its latest return in the trail holds it.</summary>
    public static string? ReturnReason(IEnumerable<HistoryRow> history) =>
        history.LastOrDefault(h => h.Action == $"{ReviewItems.ActivityReport}.return")?.Reason;

    public static Task<List<HistoryRow>> ForAsync(AvanceDb db, string itemType, int id, CancellationToken cancellationToken) =>
        AuditTrail.For(db, itemType, id).Select(e => new HistoryRow(e.At, e.Actor, e.Action, e.Reason)).ToListAsync(cancellationToken);

    private static async Task<ConflictInfo> ConflictAsync(AvanceDb db, string itemType, int id, string state, int version,
        CancellationToken cancellationToken)
    {
        var last = await AuditTrail.For(db, itemType, id)
            .Select(e => new HistoryRow(e.At, e.Actor, e.Action, e.Reason))
            .LastOrDefaultAsync(cancellationToken);
        return new ConflictInfo(itemType, id, state, version, last);
    }
}

/// <summary>How the workflow's items are named in the audit trail.</summary>
public static class ReviewItems
{
    public const string Period = "reporting-period";
    public const string Measurement = "measurement";
    public const string ActivityReport = "activity-report";
}
