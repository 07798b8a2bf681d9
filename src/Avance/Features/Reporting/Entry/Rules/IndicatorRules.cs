using Avance.Features.Indicators;

namespace Avance.Features.Reporting.Entry.Rules;

/// <summary>What the rules need to know about an indicator and the period it is reported for.</summary>
public sealed record IndicatorRules(
    IndicatorType Type,
    bool WholeNumbers,
    IReadOnlyList<DisaggregationDimension> Dimensions,
    IReadOnlyList<string> StateCodes,
    DateOnly PeriodStartsOn)
{
    public static IndicatorRules For(IndicatorType type, IEnumerable<string?> unitWordings, IEnumerable<DisaggregationDimension> dimensions,
        IReadOnlyList<string> stateCodes, DateOnly periodStartsOn) =>
        new(type, type == IndicatorType.Number && WholeUnits.Counted(unitWordings), [.. dimensions.Distinct().Order()], stateCodes, periodStartsOn);
}

/// <summary>What is saved for the indicator and period, which input is checked against and completes.</summary>
public sealed record StoredEntry(
    IReadOnlyDictionary<DisaggregationKey, StoredValue> Values,
    string? NarrativeEnglish,
    string? NarrativeSpanish,
    int? SourceId,
    DateOnly? SourceDate)
{
    public static readonly StoredEntry Empty = new(new Dictionary<DisaggregationKey, StoredValue>(), null, null, null, null);
}

/// <summary>A saved value; a locked one (submitted, approved, published) cannot be changed by entry.</summary>
public sealed record StoredValue(EnteredValue Value, bool Locked);

/// <summary>A value as the rules read it: a number (yes/no as 1/0) or a text; both null when blank.</summary>
public sealed record EnteredValue(decimal? Number, string? Text)
{
    public static readonly EnteredValue Blank = new(null, null);
    public bool IsBlank => Number is null && Text is null;
}

/// <summary>
/// An entry that passed the rules: every value the input gave, the version each given combination was loaded at, and
/// the narrative, source and date the entry will have.
/// </summary>
public sealed record CheckedEntry(
    IReadOnlyDictionary<DisaggregationKey, EnteredValue> Values,
    IReadOnlyDictionary<DisaggregationKey, int?> Versions,
    string? NarrativeEnglish,
    string? NarrativeSpanish,
    SourceChoice Source,
    DateOnly? SourceDate);
