namespace Avance.Iati.Model;

/// <summary>A result of the activity (ResultType: 1 output, 2 outcome, 3 impact, 9 other) and its indicators.</summary>
public sealed record Result
{
    /// <summary>ResultType code.</summary>
    public string? Type { get; init; }

    /// <summary>Whether the result's data can be added up across activities.</summary>
    public bool? AggregationStatus { get; init; }

    /// <summary>The result statement.</summary>
    public Narratives Title { get; init; } = Narratives.None;

    /// <summary>More about the result.</summary>
    public Narratives Description { get; init; } = Narratives.None;

    /// <summary>How the result is measured.</summary>
    public ValueList<Indicator> Indicators { get; init; } = ValueList<Indicator>.Empty;
}

/// <summary>
/// An indicator of a result. <see cref="Measure"/> is an IndicatorMeasure code: 1 unit, 2 percentage, 3 nominal,
/// 4 ordinal, 5 qualitative; values of 3–5 are often words rather than numbers.
/// </summary>
public sealed record Indicator
{
    /// <summary>IndicatorMeasure code.</summary>
    public string? Measure { get; init; }

    /// <summary>Whether a higher value is better (the default when absent).</summary>
    public bool? Ascending { get; init; }

    /// <summary>Whether the indicator's data can be added up across activities.</summary>
    public bool? AggregationStatus { get; init; }

    /// <summary>What is measured.</summary>
    public Narratives Title { get; init; } = Narratives.None;

    /// <summary>More about the indicator.</summary>
    public Narratives Description { get; init; } = Narratives.None;

    /// <summary>The same indicator in external vocabularies (IndicatorVocabulary, e.g. 99 reporting organisation).</summary>
    public ValueList<IndicatorReference> References { get; init; } = ValueList<IndicatorReference>.Empty;

    /// <summary>Starting points; several when disaggregated by dimension or location.</summary>
    public ValueList<Baseline> Baselines { get; init; } = ValueList<Baseline>.Empty;

    /// <summary>Reporting periods with targets and actuals.</summary>
    public ValueList<ResultPeriod> Periods { get; init; } = ValueList<ResultPeriod>.Empty;
}

/// <summary>The indicator's code in an IndicatorVocabulary, with an optional link to its definition.</summary>
public sealed record IndicatorReference(string? Vocabulary, string? Code, string? IndicatorUri);

/// <summary>One named disaggregation of a value (e.g. sex = female).</summary>
public sealed record Dimension(string? Name, string? Value);
