namespace Avance.Features.Search;

/// <summary>
/// What a reader typed, reduced to plain words. Every word is a required prefix; nothing the reader types is ever
/// handed to an engine's query language, so quotes, operators and SQL are just more text.
/// </summary>
public sealed record SearchQuery(string Text, IReadOnlyList<string> Terms)
{
    public const int MaxLength = 200;
    public const int MaxTerms = 10;

    /// <summary>
    /// Null with an error key ("SearchQueryMissing", "SearchQueryTooLong") when there is nothing to search for or too
    /// much. A query of punctuation only is valid and has no terms: it finds nothing.
    /// </summary>
    public static SearchQuery? Parse(string? text, out string? errorKey)
    {
        var trimmed = text?.Trim() ?? "";
        // The length check comes before any other work, so a huge input costs nothing.
        errorKey = trimmed.Length == 0 ? "SearchQueryMissing"
            : trimmed.Length > MaxLength * 2 || trimmed.EnumerateRunes().Count() > MaxLength ? "SearchQueryTooLong"
            : null;
        return errorKey is null ? new SearchQuery(trimmed, [.. SearchText.Words(trimmed).Distinct().Take(MaxTerms)]) : null;
    }
}
