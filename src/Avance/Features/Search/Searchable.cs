namespace Avance.Features.Search;

/// <summary>
/// A thing to index before it is split by language: its kind, where its page is, how to title it in a language, and
/// the texts its body is made of. It gets one entry for every language its own texts exist in; the body takes only
/// texts in that very language, while the title may fall back (a Spanish objective under a pillar named only in
/// English still needs a title).
/// </summary>
internal sealed record Searchable(
    SearchKind Kind, string Country, string Path, Func<string, string> Title, IReadOnlyList<int?> Body, int? TitleText = null)
{
    public IEnumerable<SearchEntry> Entries(TextStore texts) =>
        texts.LanguagesOf([TitleText, .. Body]).Select(language => new SearchEntry(
            Kind, Country, language, Path, Title(language),
            string.Join(' ', Body.Select(text => texts.Exact(text, language)).OfType<string>())));

    /// <summary>The first words of a long text, for a title where the thing has no name of its own.</summary>
    public static string Abbreviate(string text, int words = 10)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length <= words ? text : string.Join(' ', parts.Take(words)).TrimEnd(',', ';', ':', '.') + "…";
    }
}
