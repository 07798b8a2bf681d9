using System.Globalization;
using Avance.Data;
using Avance.Features.Errors;
using Avance.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace Avance.Features.Search;

public sealed class SearchModel(AvanceDb db, UiText text) : PageModel
{
    public const int PageSize = 10;

    /// <summary>What the reader typed, trimmed; empty when the page shows only the form.</summary>
    public string Query { get; private set; } = "";
    public bool HasWords { get; private set; }
    public Paged<SearchResultRow>? Results { get; private set; }

    // "page" is a route value of every Razor page (its path), so the page number is read under another name.
    public async Task<IActionResult> OnGetAsync(string? q, [FromQuery(Name = "page")] string? pageNumber, CancellationToken cancellationToken)
    {
        var query = SearchQuery.Parse(q, out var queryError);
        if (queryError == "SearchQueryMissing") return Page();
        var paging = SearchPaging.TryParse(pageNumber, null, PageSize, out var pagingError);
        if (query is null || paging is null)
        {
            ErrorDetail.Explain(HttpContext, text[(queryError ?? pagingError)!, SearchQuery.MaxLength]);
            return BadRequest();
        }
        Query = query.Text;
        HasWords = query.Terms.Count > 0;
        Results = await SearchQueries.Search(db, query, Languages.Current, paging, cancellationToken);
        return Results.Exists ? Page() : NotFound();
    }

    public string PageAddress(int page) => QueryHelpers.AddQueryString($"/{Languages.Current}/search",
        new Dictionary<string, string?> { ["q"] = Query, ["page"] = page.ToString(CultureInfo.InvariantCulture) });

    /// <summary>Interface languages by their name in the page's language; any other content language by its own name.</summary>
    public string LanguageName(string language)
    {
        if (Languages.All.Contains(language)) return text["SearchLanguage_" + language];
        try
        {
            return CultureInfo.GetCultureInfo(language).NativeName;
        }
        catch (CultureNotFoundException)
        {
            return language;
        }
    }
}
