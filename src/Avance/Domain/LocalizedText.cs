namespace Avance.Domain;

/// <summary>
/// A piece of content that exists in one or more languages (titles, summaries, narratives, indicator wording).
/// Every translatable field of every entity points at one of these, so search and translation completeness
/// can be handled in one table rather than per entity.
/// </summary>
public sealed class LocalizedText
{
    public int Id { get; private set; }
    public List<TextTranslation> Translations { get; private set; } = [];

    public static LocalizedText Of(string english, string spanish) => new LocalizedText().Set("en", english).Set("es", spanish);

    public static LocalizedText In(string language, string value) => new LocalizedText().Set(language, value);

    public LocalizedText Set(string language, string value)
    {
        var code = LanguageCode.Normalise(language);
        var existing = Translations.FirstOrDefault(t => t.Language == code);
        if (existing is null) Translations.Add(new TextTranslation(code, value));
        else existing.Value = value;
        return this;
    }

    /// <summary>The text in the asked language, else English, else whatever language there is.</summary>
    public string? In(string language)
    {
        var code = LanguageCode.Normalise(language);
        return (Translations.FirstOrDefault(t => t.Language == code)
                ?? Translations.FirstOrDefault(t => t.Language == LanguageCode.Fallback)
                ?? Translations.FirstOrDefault())?.Value;
    }
}

public sealed class TextTranslation
{
    public TextTranslation(string language, string value)
    {
        Language = language;
        Value = value;
    }

    public int TextId { get; private set; }
    public string Language { get; private set; }
    public string Value { get; set; }
}
