using Avance.Features.Reporting.Entry.Rules;

namespace Avance.Features.Reporting.Entry;

/// <summary>What is saved for an indicator and period, read from its measurements, as the rules and the forms need it.</summary>
internal static class StoredEntries
{
    public static StoredEntry From(IReadOnlyCollection<Measurement> measurements)
    {
        var total = measurements.FirstOrDefault(m => m.Disaggregation.IsTotal);
        // Source and date are kept on every value; the total's stand for the entry, else any value's.
        var sourced = total is { SourceId: not null } ? total : measurements.FirstOrDefault(m => m.SourceId is not null) ?? total;
        return new StoredEntry(
            measurements.ToDictionary(m => m.Disaggregation, m => new StoredValue(new EnteredValue(m.Value, m.TextValue), IsLocked(m.Status))),
            EntryQueries.Exactly(total?.Narrative, "en"),
            EntryQueries.Exactly(total?.Narrative, "es"),
            sourced?.SourceId,
            sourced?.SourceDate ?? measurements.Select(m => m.SourceDate).FirstOrDefault(d => d is not null));
    }

    public static bool IsLocked(MeasurementStatus status) => status is not (MeasurementStatus.Draft or MeasurementStatus.Returned);
}
