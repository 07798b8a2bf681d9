namespace Avance.Features.Reporting.Entry.Rules;

/// <summary>
/// What a person entered for one indicator and period, as typed, from the form, the API or a template row set.
/// Values not listed keep what is saved; for the other fields null keeps what is saved and an empty text clears it.
/// </summary>
public sealed record EntryInput(
    IReadOnlyList<ValueInput> Values,
    string? NarrativeEnglish = null,
    string? NarrativeSpanish = null,
    SourceChoice? Source = null,
    string? SourceDate = null);

/// <summary>
/// One combination's value as typed ("" clears it, null leaves it as saved). <paramref name="Combination"/> is a disaggregation key ("" for the
/// total, "sex=female"); <paramref name="Version"/> is the version of the value the person started from (null: there was none).
/// </summary>
public sealed record ValueInput(string? Combination, string? Raw, int? Version);

/// <summary>Where the value comes from: nowhere yet, a source Avance already knows, or a new one.</summary>
public abstract record SourceChoice
{
    public sealed record None : SourceChoice;
    public sealed record Existing(int Id) : SourceChoice;
    public sealed record New(string Title, string Url) : SourceChoice;
}

public enum EntryMode
{
    /// <summary>Drafts may be incomplete, but what is there must be right.</summary>
    Draft,
    /// <summary>A submission also needs the total, a narrative, a source and a date.</summary>
    Submit,
}
