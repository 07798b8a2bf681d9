using Avance.Domain;
using Avance.Iati.Model;
using Avance.Sanitising;

namespace Avance.Features.Interchange.Import;

/// <summary>IATI narratives as Avance texts: every language kept, each wording sanitised to plain text.</summary>
internal static class NarrativeText
{
    /// <summary>
    /// One translation per language (the first narrative of a language wins), narratives without a language counted
    /// in the activity's default language, or English when the activity states none.
    /// </summary>
    public static Translation[] Of(Narratives narratives, string? defaultLanguage)
    {
        if (narratives.IsEmpty) return [];
        var fallback = Language(defaultLanguage, LanguageCode.Fallback);
        var translations = new List<Translation>(narratives.Items.Count);
        foreach (var narrative in narratives.Items)
        {
            var language = Language(narrative.Language, fallback);
            var text = TextSanitiser.ToPlainText(narrative.Text);
            if (text.Length == 0 || translations.Exists(t => t.Language == language)) continue;
            translations.Add(new Translation(language, text));
        }
        return [.. translations];
    }

    public static Translation[] Single(string text) => [new Translation(LanguageCode.Fallback, text)];

    public static LocalizedText ToText(Translation[] translations)
    {
        var text = new LocalizedText();
        foreach (var t in translations) text.Set(t.Language, t.Value);
        return text;
    }

    /// <summary>A language code Avance can store ("EN" → "en", "en_GB" → "en-gb"), or the fallback.</summary>
    public static string Language(string? code, string fallback)
    {
        if (string.IsNullOrWhiteSpace(code)) return fallback;
        var candidate = code.Trim().Replace('_', '-').ToLowerInvariant();
        return candidate.Length <= LanguageCode.MaxLength && candidate.All(c => char.IsAsciiLetterLower(c) || c == '-')
               && char.IsAsciiLetterLower(candidate[0])
            ? candidate
            : fallback;
    }
}
