using Avance.Data;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Plans;

/// <summary>A published version of a plan: when, and the note on what changed, in the language it was written in.</summary>
public sealed record PlanVersionRow(int Number, DateTimeOffset PublishedAt, string ChangeNote, string ChangeNoteLanguage);

/// <summary>A version with what changed since the one before it (<paramref name="ComparedWith"/> is null for the first).</summary>
public sealed record PlanVersionChanges(PlanVersionRow Version, int? ComparedWith, IReadOnlyList<ItemChangeRow> Changes);

public static class PlanVersionQueries
{
    /// <summary>A plan's versions, newest first.</summary>
    public static Task<List<PlanVersionRow>> Versions(AvanceDb db, int planId, CancellationToken cancellationToken) =>
        db.PlanVersions.Where(v => v.PlanId == planId).OrderByDescending(v => v.Number)
            .Select(v => new PlanVersionRow(v.Number, v.PublishedAt, v.ChangeNote, v.ChangeNoteLanguage))
            .ToListAsync(cancellationToken);

    /// <summary>Version <paramref name="number"/> compared with the version before it; null when the plan has no such version.</summary>
    public static async Task<PlanVersionChanges?> Changes(AvanceDb db, int planId, int number, string language, CancellationToken cancellationToken)
    {
        var versions = await db.PlanVersions.Where(v => v.PlanId == planId && (v.Number == number || v.Number == number - 1))
            .ToListAsync(cancellationToken);
        if (versions.FirstOrDefault(v => v.Number == number) is not { } version) return null;
        var previous = versions.FirstOrDefault(v => v.Number == number - 1);
        return new PlanVersionChanges(
            new PlanVersionRow(version.Number, version.PublishedAt, version.ChangeNote, version.ChangeNoteLanguage),
            previous?.Number,
            PlanChanges.Between(previous is null ? null : PlanSnapshot.FromJson(previous.Snapshot), PlanSnapshot.FromJson(version.Snapshot), language));
    }

    /// <summary>What publishing now would change: the plan as it stands compared with its latest version (with nothing, before the first).</summary>
    public static async Task<List<ItemChangeRow>> Unpublished(AvanceDb db, int planId, string language, CancellationToken cancellationToken)
    {
        var latest = await Latest(db, planId, cancellationToken);
        return PlanChanges.Between(latest is null ? null : PlanSnapshot.FromJson(latest.Snapshot),
            await PlanSnapshotReader.ReadAsync(db, planId, cancellationToken), language);
    }

    public static Task<PlanVersion?> Latest(AvanceDb db, int planId, CancellationToken cancellationToken) =>
        db.PlanVersions.Where(v => v.PlanId == planId).OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);
}
