using Avance.Domain;
using Avance.Features.Accounts;
using Avance.Features.Audit;
using Avance.Features.Reporting.Entry.Rules;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Reporting.Entry;

public sealed partial class ValueEntry
{
    private const string ItemType = "measurement";

    /// <summary>
    /// Saves prepared entries together, each change with its audit entry, in one transaction: all of them or, when someone
    /// saved one of the same values first, none (that entry's status turns to <see cref="EntryStatus.Conflict"/>).
    /// </summary>
    public async Task ApplyAsync(Caller caller, IReadOnlyList<PreparedEntry> entries, CancellationToken cancellationToken)
    {
        if (entries.Any(e => e.Status != EntryStatus.Ready)) throw new InvalidOperationException("Only entries that passed every check can be saved.");
        var changing = entries.Where(e => e.ChangesAnything).ToList();
        if (changing.Count > 0)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                await WriteAsync(caller, changing, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            catch (DbUpdateException failure)
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                if (!await MarkConflictsAsync(changing, cancellationToken) && failure is not DbUpdateConcurrencyException) throw;
                return;
            }
        }
        foreach (var entry in entries) entry.Status = EntryStatus.Saved;
    }

    /// <summary>New sources and measurements are saved first, so that each audit entry can name the measurement it is about.</summary>
    private async Task WriteAsync(Caller caller, List<PreparedEntry> entries, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var newSources = new Dictionary<string, Source>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry.Source is SourceChoice.New created && !newSources.ContainsKey(created.Url))
                newSources[created.Url] = db.Sources.Add(new Source
                {
                    Key = $"reported-{Guid.NewGuid():N}"[..25], Title = created.Title, Url = created.Url, AccessedOn = Today(),
                }).Entity;
            foreach (var write in entry.Writes.Where(w => w.Existing is null))
                entry.Measurements[write.Key] = db.Measurements.Add(new Measurement(entry.IndicatorId, entry.PeriodId, write.Key)).Entity;
        }
        await db.SaveChangesAsync(cancellationToken);

        foreach (var entry in entries)
        {
            var sourceId = entry.Source switch
            {
                SourceChoice.Existing existing => existing.Id,
                SourceChoice.New created => newSources[created.Url].Id,
                _ => (int?)null,
            };
            foreach (var write in entry.Writes)
            {
                var measurement = entry.Measurements[write.Key];
                var before = write.Existing is null ? null : MeasurementSnapshot.Of(measurement);
                var narrative = write.NarrativeChanges ? NarrativeText.Of(entry.Entry!.NarrativeEnglish, entry.Entry.NarrativeSpanish) : measurement.Narrative;
                measurement.Record(write.After.Number, write.After.Text, narrative, sourceId, entry.Entry!.SourceDate, now);
                AuditTrail.Record(db, caller, now, "measurement.record", ItemType, measurement.Id, before, MeasurementSnapshot.Of(measurement));
            }
            foreach (var key in entry.Submissions)
            {
                var measurement = entry.Measurements[key];
                var before = MeasurementSnapshot.Of(measurement);
                measurement.Submit();
                AuditTrail.Record(db, caller, now, "measurement.submit", ItemType, measurement.Id, before, MeasurementSnapshot.Of(measurement));
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>After a refused save: which of the values each entry meant to change were saved by someone else meanwhile.</summary>
    private async Task<bool> MarkConflictsAsync(List<PreparedEntry> entries, CancellationToken cancellationToken)
    {
        var found = false;
        foreach (var entry in entries)
        {
            var expected = entry.Writes.Select(w => w.Key).Union(entry.Submissions)
                .ToDictionary(k => k, k => entry.LoadedVersions.GetValueOrDefault(k));
            var current = await db.Measurements.Where(m => m.IndicatorId == entry.IndicatorId && m.ReportingPeriodId == entry.PeriodId)
                .ToListAsync(cancellationToken);
            var conflicts = current.Where(m => expected.TryGetValue(m.Disaggregation, out var version) && version != m.Version).Select(Conflict).ToList();
            if (conflicts.Count == 0) continue;
            entry.Status = EntryStatus.Conflict;
            entry.Conflicts = conflicts;
            found = true;
        }
        return found;
    }
}
