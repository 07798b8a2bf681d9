using Avance.Domain;
using Avance.Sanitising;

namespace Avance.Features.Authoring;

/// <summary>
/// A text as an author edits it: its English and its Spanish wording. Other languages the stored text holds are left
/// as they are. Input is reduced to plain text before it is stored, as every untrusted text is.
/// </summary>
public sealed class BilingualText
{
    public string? En { get; set; }
    public string? Es { get; set; }

    public static BilingualText Of(LocalizedText? text) => new() { En = Exact(text, "en"), Es = Exact(text, "es") };

    public static bool IsEmpty(BilingualText? text) => text is null || (Clean(text.En) is null && Clean(text.Es) is null);

    /// <summary>
    /// Writes the wording into <paramref name="existing"/> (a language left empty is removed from it), or into a new
    /// text; null when nothing is left, for optional texts to be cleared.
    /// </summary>
    public static LocalizedText? Apply(BilingualText? text, LocalizedText? existing)
    {
        if (IsEmpty(text) && (existing is null || existing.Translations.All(t => t.Language is "en" or "es"))) return null;
        var target = existing ?? new LocalizedText();
        foreach (var (language, value) in new[] { ("en", Clean(text?.En)), ("es", Clean(text?.Es)) })
        {
            if (value is null) target.Translations.RemoveAll(t => t.Language == language);
            else if (Exact(target, language) != value) target.Set(language, value);
        }
        return target;
    }

    /// <summary>A new text with the same wording in every language: copies never share a text with their original.</summary>
    public static LocalizedText? Copy(LocalizedText? text)
    {
        if (text is null) return null;
        var copy = new LocalizedText();
        foreach (var translation in text.Translations) copy.Set(translation.Language, translation.Value);
        return copy;
    }

    public static string? Clean(string? value) => TextSanitiser.ToPlainText(value) is { Length: > 0 } clean ? clean : null;

    private static string? Exact(LocalizedText? text, string language) =>
        text?.Translations.FirstOrDefault(t => t.Language == language)?.Value;
}
