namespace Avance.Features.Search;

/// <summary>
/// One search result, the same on SQLite and PostgreSQL. Path is the page's address without the language prefix;
/// Language is the language of the matched content, which may differ from the page's.
/// </summary>
public sealed record SearchResultRow(SearchKind Kind, string Title, IReadOnlyList<SnippetSegment> Snippet, string Path, string Language, double Rank);

/// <summary>One page of results as the API returns it, with the words actually searched for.</summary>
public sealed record SearchResultList(string Query, IReadOnlyList<string> Terms, IReadOnlyList<SearchResultRow> Items, int Page, int PageSize, int Total);
