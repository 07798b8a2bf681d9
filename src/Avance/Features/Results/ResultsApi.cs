using Avance.Data;
using Avance.Features.Countries;
using Avance.Features.Errors;
using Avance.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Avance.Features.Results;

public static class ResultsApi
{
    public static WebApplication MapResultsApi(this WebApplication app)
    {
        app.MapGet("/api/v1/countries/{iso2}/outcomes", List)
            .CacheOutput(PublicDataCache.Policy)
            .WithTags("Results")
            .WithSummary("Outcomes of the UN country programme results frameworks in a country, with IATI identifiers; paged, "
                + "filterable by year, SDG goal (1-17) and status (NotAssessed, Achieved, PartlyAchieved, NotAchieved).");
        app.MapGet("/api/v1/countries/{iso2}/outcomes/{id:int}", Detail)
            .CacheOutput(PublicDataCache.Policy)
            .WithTags("Results")
            .WithSummary("One outcome: progress notes by year, resources, funding partners, SDG allocations, result indicators "
                + "and strategic plan contributions, each figure with its source.");
        return app;
    }

    private static async Task<Results<Ok<OutcomeList>, BadRequest, NotFound>> List(
        string iso2, string? page, string? pageSize, string? year, string? sdg, string? status,
        HttpContext context, AvanceDb db, PublicSnapshots snapshots, UiText text, CancellationToken ct)
    {
        var filter = OutcomeFilter.TryParse(year, sdg, status, out var filterError);
        var paging = QueryValues.Paging(page, pageSize, PageRequest.DefaultSize, out var pagingError);
        if (filter is null || paging is null)
        {
            ErrorDetail.Explain(context, text[(filterError ?? pagingError)!]);
            return TypedResults.BadRequest();
        }
        var language = Languages.Current;
        var outcomes = await snapshots.GetAsync($"outcomes:{iso2.ToLowerInvariant()}:{language}:{filter}:{paging}", async () =>
            await CountryQueries.Exists(db, iso2, ct) ? await ResultsQueries.OutcomePage(db, iso2, language, filter, paging, ct) : null);
        if (outcomes is null || !outcomes.Exists) return TypedResults.NotFound();
        context.Response.AddLinkHeader(outcomes);
        return TypedResults.Ok(new OutcomeList(outcomes.Items, outcomes.Page, outcomes.PageSize, outcomes.Total));
    }

    private static async Task<Results<Ok<OutcomeDetail>, NotFound>> Detail(string iso2, int id, AvanceDb db, CancellationToken ct) =>
        await OutcomeDetailQueries.Detail(db, iso2, id, Languages.Current, ct) is { } detail ? TypedResults.Ok(detail) : TypedResults.NotFound();
}
