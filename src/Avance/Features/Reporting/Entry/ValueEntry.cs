using System.Globalization;
using Avance.Data;
using Avance.Features.Accounts;
using Avance.Features.Reporting.Entry.Rules;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Reporting.Entry;

/// <summary>
/// Saving and submitting an indicator's values for a period, for the form, the API and the template import alike.
/// Checks run in a fixed order: the caller's organisation first (so another agency is refused whatever the state),
/// then the period, the rules, and the versions the editor started from.
/// </summary>
public sealed partial class ValueEntry(AvanceDb db, TimeProvider clock)
{
    /// <summary>Checks and applies at once; the result says what happened.</summary>
    public async Task<PreparedEntry> SaveAsync(Caller caller, int periodId, int indicatorId, EntryInput input, EntryMode mode, CultureInfo culture,
        CancellationToken cancellationToken)
    {
        var prepared = await PrepareAsync(caller, periodId, indicatorId, input, mode, culture, cancellationToken);
        if (prepared.Status == EntryStatus.Ready) await ApplyAsync(caller, [prepared], cancellationToken);
        return prepared;
    }

    public async Task<PreparedEntry> PrepareAsync(Caller caller, int periodId, int indicatorId, EntryInput input, EntryMode mode, CultureInfo culture,
        CancellationToken cancellationToken)
    {
        var indicator = await db.Indicators.Where(i => i.Id == indicatorId)
            .Select(i => new
            {
                i.PlanId, i.ResponsibleOrganisationId, i.Type,
                Units = i.Unit == null ? new List<string>() : i.Unit.Translations.Select(t => t.Value).ToList(),
                Dimensions = i.Disaggregations.Select(d => d.Dimension).ToList(),
            })
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);
        var period = await EntryQueries.Period(db, periodId, cancellationToken);
        if (indicator is null || period is null || indicator.PlanId != period.PlanId) return new PreparedEntry(EntryStatus.NotFound);
        if (!caller.ActsFor(indicator.ResponsibleOrganisationId)) return new PreparedEntry(EntryStatus.Forbidden);
        if (!period.IsOpen) return new PreparedEntry(EntryStatus.PeriodNotOpen);

        // Revisions are loaded because a measurement numbers its next revision by counting them.
        var measurements = await db.Measurements.AsTracking().Include(m => m.Narrative).Include(m => m.Revisions)
            .Where(m => m.IndicatorId == indicatorId && m.ReportingPeriodId == periodId)
            .AsSplitQuery()
            .ToDictionaryAsync(m => m.Disaggregation, cancellationToken);
        var stored = StoredEntries.From(measurements.Values);
        var states = await EntryQueries.States(db, period.CountryId, cancellationToken);
        var rules = IndicatorRules.For(indicator.Type, indicator.Units, indicator.Dimensions, [.. states.Keys], period.StartsOn);
        var chosenExists = input.Source is SourceChoice.Existing chosen && await db.Sources.AnyAsync(s => s.Id == chosen.Id, cancellationToken);
        var context = new RuleContext(mode, Today(), culture, id => input.Source is SourceChoice.Existing c && c.Id == id ? chosenExists : id == stored.SourceId);
        var result = ValueRules.Check(rules, input, stored, context);
        if (result.Entry is not { } entry) return new PreparedEntry(EntryStatus.Invalid, result.Problems);

        var prepared = new PreparedEntry(EntryStatus.Ready)
        {
            IndicatorId = indicatorId, PeriodId = periodId, Entry = entry, Measurements = measurements,
            LoadedVersions = measurements.ToDictionary(m => m.Key, m => m.Value.Version),
            Source = await KnownSource(entry.Source, cancellationToken),
        };
        Plan(prepared, stored, mode);
        var conflicts = Conflicts(prepared);
        if (conflicts.Count > 0) return new PreparedEntry(EntryStatus.Conflict, conflicts: conflicts);
        if (mode == EntryMode.Submit && prepared.Submissions.Count == 0) return new PreparedEntry(EntryStatus.NothingToSubmit);
        return prepared;
    }

    /// <summary>
    /// Which measurements to record: those whose value, source or date (and, for the total, narrative) would differ, and
    /// new ones only where there is something to keep. Locked values are left alone. A submission sends every editable
    /// value that holds something.
    /// </summary>
    private static void Plan(PreparedEntry prepared, StoredEntry stored, EntryMode mode)
    {
        var entry = prepared.Entry!;
        var sourceId = prepared.Source is SourceChoice.Existing existing ? existing.Id : (int?)null;
        var narrativeGiven = entry.NarrativeEnglish is not null || entry.NarrativeSpanish is not null;
        var narrativeChanges = entry.NarrativeEnglish != stored.NarrativeEnglish || entry.NarrativeSpanish != stored.NarrativeSpanish;
        var keys = entry.Values.Keys.Union(prepared.Measurements.Keys).Append(DisaggregationKey.Total).Distinct();
        foreach (var key in keys)
        {
            var saved = prepared.Measurements.GetValueOrDefault(key);
            if (saved is not null && StoredEntries.IsLocked(saved.Status)) continue;
            var current = saved is null ? null : new EnteredValue(saved.Value, saved.TextValue);
            var after = entry.Values.GetValueOrDefault(key) ?? current ?? EnteredValue.Blank;
            var narrative = key.IsTotal && narrativeChanges;
            if (saved is null)
            {
                if (!after.IsBlank || (key.IsTotal && narrativeGiven)) prepared.Writes.Add(new PlannedWrite(key, null, null, after, key.IsTotal, !after.IsBlank));
            }
            else
            {
                var sourceChanges = (prepared.Source is SourceChoice.New || saved.SourceId != sourceId || saved.SourceDate != entry.SourceDate)
                    && (!after.IsBlank || key.IsTotal);
                if (current != after || narrative || sourceChanges) prepared.Writes.Add(new PlannedWrite(key, saved, current, after, narrative, current != after));
            }
            if (mode == EntryMode.Submit && !after.IsBlank) prepared.Submissions.Add(key);
        }
    }

    /// <summary>Values that will change but were saved by someone else after the editor loaded them.</summary>
    private static List<EntryConflict> Conflicts(PreparedEntry prepared)
    {
        var touched = prepared.Writes.Where(w => w.Existing is not null).Select(w => w.Existing!)
            .Concat(prepared.Submissions.Select(k => prepared.Measurements.GetValueOrDefault(k)).OfType<Measurement>())
            .Distinct();
        return [.. touched
            .Where(m => prepared.Entry!.Versions.TryGetValue(m.Disaggregation, out var loaded) && (loaded ?? 0) != m.Version)
            .Select(Conflict)];
    }

    private static EntryConflict Conflict(Measurement m) => new(m.Disaggregation.ToString(), m.Value, m.TextValue, m.Status, m.Version);

    /// <summary>A new source whose address Avance already knows is that source, so the same entry made twice cites one source.</summary>
    private async Task<SourceChoice> KnownSource(SourceChoice choice, CancellationToken cancellationToken)
    {
        if (choice is not SourceChoice.New created) return choice;
        var known = await db.Sources.Where(s => s.Url == created.Url).OrderBy(s => s.Id).Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken);
        return known is { } id ? new SourceChoice.Existing(id) : created;
    }

    /// <summary>Today where it is already latest (UTC+14), so no one anywhere is told their own today is in the future.</summary>
    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(TimeSpan.FromHours(14)).DateTime);
}
