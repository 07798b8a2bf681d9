namespace Avance.Iati.Model;

/// <summary>The value of an indicator before the activity started.</summary>
public sealed record Baseline
{
    /// <summary>The year the baseline was measured (required by the standard).</summary>
    public int? Year { get; init; }

    /// <summary>The exact date of the measurement.</summary>
    public DateOnly? IsoDate { get; init; }

    /// <summary>The value; absent for qualitative indicators that only comment.</summary>
    public IatiValue? Value { get; init; }

    /// <summary>References to the activity's <c>location/@ref</c> the value is about.</summary>
    public ValueList<string> LocationRefs { get; init; } = ValueList<string>.Empty;

    /// <summary>The disaggregation the value is for.</summary>
    public ValueList<Dimension> Dimensions { get; init; } = ValueList<Dimension>.Empty;

    /// <summary>Explanation of the value.</summary>
    public Narratives Comment { get; init; } = Narratives.None;
}

/// <summary>A reporting period of an indicator.</summary>
public sealed record ResultPeriod
{
    /// <summary>First day of the period.</summary>
    public DateOnly? PeriodStart { get; init; }

    /// <summary>Last day of the period.</summary>
    public DateOnly? PeriodEnd { get; init; }

    /// <summary>What was planned; several when disaggregated.</summary>
    public ValueList<PeriodValue> Targets { get; init; } = ValueList<PeriodValue>.Empty;

    /// <summary>What was achieved; several when disaggregated.</summary>
    public ValueList<PeriodValue> Actuals { get; init; } = ValueList<PeriodValue>.Empty;
}

/// <summary>A target or actual of a period: a value, what it is disaggregated by, and a comment.</summary>
public sealed record PeriodValue
{
    /// <summary>The value; absent for qualitative indicators that only comment.</summary>
    public IatiValue? Value { get; init; }

    /// <summary>References to the activity's <c>location/@ref</c> the value is about.</summary>
    public ValueList<string> LocationRefs { get; init; } = ValueList<string>.Empty;

    /// <summary>The disaggregation the value is for.</summary>
    public ValueList<Dimension> Dimensions { get; init; } = ValueList<Dimension>.Empty;

    /// <summary>Explanation of the value.</summary>
    public Narratives Comment { get; init; } = Narratives.None;
}
