namespace Avance.Iati.Model;

/// <summary>One human-readable text, in the language given by its <c>xml:lang</c> when it has one.</summary>
public sealed record Narrative(string? Language, string Text);

/// <summary>
/// The texts of one IATI element (a title, a description, an organisation name...), one per language. A narrative
/// without a language is in the activity's default language (<see cref="IatiActivity.DefaultLanguage"/>).
/// </summary>
public sealed record Narratives(ValueList<Narrative> Items)
{
    /// <summary>No text at all.</summary>
    public static Narratives None { get; } = new(ValueList<Narrative>.Empty);

    /// <summary>True when there is no narrative.</summary>
    public bool IsEmpty => Items.Count == 0;

    /// <summary>
    /// The text in <paramref name="language"/> (compared without case, as IATI publishers write both "EN" and "en"),
    /// counting narratives without a language as written in <paramref name="defaultLanguage"/>; null if none.
    /// </summary>
    public string? In(string language, string? defaultLanguage = null) =>
        Items.FirstOrDefault(n =>
            string.Equals(n.Language ?? defaultLanguage, language, StringComparison.OrdinalIgnoreCase))?.Text;

    /// <summary>The text in <paramref name="language"/> if there is one, else the first; null if there is none.</summary>
    public string? Preferring(string language, string? defaultLanguage = null) =>
        In(language, defaultLanguage) ?? Items.FirstOrDefault()?.Text;

    /// <summary>Narratives from (language, text) pairs.</summary>
    public static Narratives Of(params (string? Language, string Text)[] texts) =>
        new(texts.Select(t => new Narrative(t.Language, t.Text)).ToValueList());
}
