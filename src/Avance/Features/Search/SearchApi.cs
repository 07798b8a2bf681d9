using Avance.Data;
using Avance.Features.Errors;
using Avance.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Avance.Features.Search;

public static class SearchApi
{
    public static WebApplication MapSearchApi(this WebApplication app)
    {
        app.MapGet("/api/v1/search", Search)
            .WithTags("Search")
            .WithSummary("Full-text search across plans, objectives, lines of action, activities, indicators, outcomes and progress notes.")
            .WithDescription("Every word of q must start a word of the content; accents and capitals do not matter. Content in the "
                + "Accept-Language language comes first, then matching content in other languages. Pages with page/pageSize and a Link header.");
        return app;
    }

    private static async Task<Results<Ok<SearchResultList>, BadRequest, NotFound>> Search(
        string? q, string? page, string? pageSize, HttpContext context, AvanceDb db, UiText text, CancellationToken cancellationToken)
    {
        var query = SearchQuery.Parse(q, out var queryError);
        var paging = SearchPaging.TryParse(page, pageSize, PageRequest.DefaultSize, out var pagingError);
        if (query is null || paging is null)
        {
            ErrorDetail.Explain(context, text[(queryError ?? pagingError)!, SearchQuery.MaxLength]);
            return TypedResults.BadRequest();
        }
        var results = await SearchQueries.Search(db, query, Languages.Current, paging, cancellationToken);
        if (!results.Exists) return TypedResults.NotFound();
        context.Response.AddLinkHeader(results);
        return TypedResults.Ok(new SearchResultList(query.Text, query.Terms, results.Items, results.Page, results.PageSize, results.Total));
    }
}
