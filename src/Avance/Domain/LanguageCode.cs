namespace Avance.Domain;

/// <summary>Languages are ISO 639 codes in lower case ("en", "es", "fr" …), as IATI's xml:lang uses them.</summary>
public static class LanguageCode
{
    public const string Fallback = "en";
    public const int MaxLength = 16;
    public static readonly IReadOnlyList<string> Interface = ["en", "es"];

    public static string Normalise(string language)
    {
        var code = language.Trim().ToLowerInvariant();
        if (code.Length is 0 or > MaxLength || !code.All(c => char.IsAsciiLetterLower(c) || c == '-'))
            throw new ArgumentException($"'{language}' is not a language code such as 'en' or 'es'.", nameof(language));
        return code;
    }
}
