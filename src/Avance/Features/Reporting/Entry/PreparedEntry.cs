using Avance.Features.Reporting.Entry.Rules;

namespace Avance.Features.Reporting.Entry;

public enum EntryStatus { Ready, Saved, NotFound, Forbidden, PeriodNotOpen, Invalid, Conflict, NothingToSubmit, Locked }

/// <summary>A value someone else saved after the editor loaded it: what it is now.</summary>
public sealed record EntryConflict(string Combination, decimal? Value, string? TextValue, MeasurementStatus Status, int Version);

/// <summary>
/// A value an entry will record: <see cref="Before"/> is null for a new one; <see cref="ValueChanges"/> is false when only
/// the narrative, source or date change.
/// </summary>
public sealed record PlannedChange(DisaggregationKey Combination, EnteredValue? Before, EnteredValue After, bool ValueChanges);

/// <summary>
/// An indicator's entry checked and planned but not yet saved: either a refusal (with its problems or conflicts) or the
/// writes that saving will make. Preparing several and applying them together saves them all or none.
/// </summary>
public sealed class PreparedEntry
{
    internal PreparedEntry(EntryStatus status, IReadOnlyList<EntryProblem>? problems = null, IReadOnlyList<EntryConflict>? conflicts = null)
    {
        Status = status;
        Problems = problems ?? [];
        Conflicts = conflicts ?? [];
    }

    public EntryStatus Status { get; internal set; }
    public IReadOnlyList<EntryProblem> Problems { get; }
    public IReadOnlyList<EntryConflict> Conflicts { get; internal set; }
    public IReadOnlyList<PlannedChange> Changes => [.. Writes.Select(w => new PlannedChange(w.Key, w.Before, w.After, w.ValueChanges))];
    /// <summary>Whether saving changes anything at all (values, narrative, source or date, or statuses on submission).</summary>
    public bool ChangesAnything => Writes.Count > 0 || Submissions.Count > 0;

    internal int IndicatorId { get; init; }
    internal int PeriodId { get; init; }
    internal CheckedEntry? Entry { get; init; }
    /// <summary>The source every written value will cite: one already known (found by its address), a new one, or none.</summary>
    internal SourceChoice Source { get; init; } = new SourceChoice.None();
    internal List<PlannedWrite> Writes { get; } = [];
    internal List<DisaggregationKey> Submissions { get; } = [];
    internal Dictionary<DisaggregationKey, Measurement> Measurements { get; init; } = [];
    /// <summary>Each saved measurement's version when it was loaded, which the save expects to find unchanged.</summary>
    internal Dictionary<DisaggregationKey, int> LoadedVersions { get; init; } = [];
}

/// <summary>One measurement to record: an existing one (tracked) or a new one, with what it will hold.</summary>
internal sealed record PlannedWrite(DisaggregationKey Key, Measurement? Existing, EnteredValue? Before, EnteredValue After, bool NarrativeChanges,
    bool ValueChanges);

/// <summary>A measurement as the audit trail records it before and after a change.</summary>
internal sealed record MeasurementSnapshot(string Combination, decimal? Value, string? TextValue, string Status, int? SourceId, DateOnly? SourceDate,
    string? NarrativeEnglish, string? NarrativeSpanish)
{
    public static MeasurementSnapshot Of(Measurement m) => new(m.Disaggregation.ToString(), m.Value, m.TextValue, m.Status.ToString(), m.SourceId,
        m.SourceDate, EntryQueries.Exactly(m.Narrative, "en"), EntryQueries.Exactly(m.Narrative, "es"));
}
