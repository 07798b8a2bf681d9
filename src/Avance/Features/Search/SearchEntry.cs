using System.Text.Json.Serialization;

namespace Avance.Features.Search;

/// <summary>What a search result is; equal ranks list in this order.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SearchKind>))]
public enum SearchKind { Plan, Objective, LineOfAction, Activity, Indicator, Outcome, ProgressNote }

/// <summary>
/// One searchable thing in one language: what the results show (title, body, the path of its page without the
/// language prefix) and the same text cut into search words for the full-text index. Written only by
/// <see cref="SearchIndexer"/>.
/// </summary>
public sealed class SearchEntry
{
    private SearchEntry() { }

    public SearchEntry(SearchKind kind, string countryIso2, string language, string path, string title, string body)
    {
        Kind = kind;
        CountryIso2 = countryIso2;
        Language = language;
        Path = path;
        Title = title;
        Body = body;
        NormalisedTitle = SearchText.IndexForm(title);
        NormalisedBody = SearchText.IndexForm(body);
        BodyLength = NormalisedBody.Count(c => c == ' ');
    }

    public int Id { get; private set; }
    public SearchKind Kind { get; private set; }
    /// <summary>ISO 3166-1 alpha-2 in lower case, as in page addresses.</summary>
    public string CountryIso2 { get; private set; } = "";
    public string Language { get; private set; } = "";
    /// <summary>The page's address without the language prefix ("/countries/mx/plans/NAP-1325").</summary>
    public string Path { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string Body { get; private set; } = "";
    public string NormalisedTitle { get; private set; } = "";
    public string NormalisedBody { get; private set; } = "";
    /// <summary>The number of words in <see cref="NormalisedBody"/>, for ranking.</summary>
    public int BodyLength { get; private set; }
}
