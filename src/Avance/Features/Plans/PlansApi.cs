using Avance.Data;
using Avance.Features.Countries;
using Avance.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Avance.Features.Plans;

public static class PlansApi
{
    public static WebApplication MapPlansApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/countries/{iso2}/plans").WithTags("Plans").CacheOutput(PublicDataCache.Policy);
        group.MapGet("/", List)
            .WithSummary("A country's national action plans, newest generation first, with pillars and strategic objectives; paged.");
        group.MapGet("/{code}", Detail)
            .WithSummary("One plan (code such as NAP-1325, any case): actors, timeframe, the pillar → objective → line of action → "
                + "activity tree with responsible organisations and latest published status, indicators with their latest published "
                + "value and progress status, monitoring, budget, disarmament and the plan's documents.");
        return app;
    }

    private static async Task<Results<Ok<ListPage<PlanSummaryRow>>, BadRequest, NotFound>> List(
        string iso2, string? page, string? pageSize, HttpContext context, AvanceDb db, UiText text, CancellationToken ct)
    {
        if (ListPaging.Read(page, pageSize, context, text) is not { } request) return TypedResults.BadRequest();
        if (!await CountryQueries.Exists(db, iso2, ct)) return TypedResults.NotFound();
        var paged = ListPaging.Slice(await PlanQueries.Plans(db, iso2, Languages.Current, ct), request);
        if (!paged.Exists) return TypedResults.NotFound();
        context.Response.AddLinkHeader(paged);
        return TypedResults.Ok(new ListPage<PlanSummaryRow>(paged.Items, paged.Page, paged.PageSize, paged.Total));
    }

    private static async Task<Results<Ok<PlanDetail>, NotFound>> Detail(string iso2, string code, AvanceDb db, CancellationToken ct) =>
        await PlanDetailQueries.Detail(db, iso2, code, Languages.Current, ct) is { } plan ? TypedResults.Ok(plan) : TypedResults.NotFound();
}
