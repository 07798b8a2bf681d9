namespace Avance.Iati.Codes;

/// <summary>One code of a codelist with its names in every language the codelist gives.</summary>
/// <param name="Code">The code as published (e.g. <c>15170</c>).</param>
/// <param name="Names">Name per lower-case ISO 639-1 language code.</param>
/// <param name="Status">Active or withdrawn.</param>
/// <param name="Category">The code's group in the codelist's category list (e.g. sector 15170 is in category 151).</param>
public sealed record CodelistItem(string Code, IReadOnlyDictionary<string, string> Names, CodeStatus Status, string? Category)
{
    /// <summary>
    /// The name in <paramref name="language"/> (an ISO 639-1 code, or a culture name such as <c>es-MX</c>), falling
    /// back to <paramref name="fallbackLanguage"/> and then to any name; null when the code has no name at all.
    /// </summary>
    public string? Name(string language, string fallbackLanguage = Codelist.FallbackLanguage) =>
        Names.GetValueOrDefault(LanguageOf(language))
        ?? Names.GetValueOrDefault(LanguageOf(fallbackLanguage))
        ?? Names.Values.FirstOrDefault();

    /// <summary>The lower-case language part of a language or culture name (<c>es-MX</c> → <c>es</c>).</summary>
    internal static string LanguageOf(string languageOrCulture)
    {
        var separator = languageOrCulture.IndexOfAny(['-', '_']);
        var language = separator < 0 ? languageOrCulture : languageOrCulture[..separator];
        return language.ToLowerInvariant();
    }
}
