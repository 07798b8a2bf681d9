using Avance.Data;
using Avance.Features.Plans;
using Avance.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Avance.Features.Indicators;

public static class IndicatorsApi
{
    public static WebApplication MapIndicatorsApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/countries/{iso2}/plans/{code}/indicators").WithTags("Indicators").CacheOutput(PublicDataCache.Policy);
        group.MapGet("/", List)
            .WithSummary("A plan's indicators in plan order, each with its latest published value and progress-to-target status; paged.");
        group.MapGet("/{indicatorCode}", Detail)
            .WithSummary("One indicator: definition, baseline, targets, published values per period and disaggregation with narrative "
                + "and source, progress-to-target status with the rule that gave it, and links to SDG and resolution 1325 indicators.");
        return app;
    }

    private static async Task<Results<Ok<ListPage<IndicatorSummaryRow>>, BadRequest, NotFound>> List(
        string iso2, string code, string? page, string? pageSize, HttpContext context, AvanceDb db, UiText text, CancellationToken ct)
    {
        if (ListPaging.Read(page, pageSize, context, text) is not { } request) return TypedResults.BadRequest();
        if (await PlanQueries.Find(db, iso2, code, ct) is not { } plan) return TypedResults.NotFound();
        var paged = ListPaging.Slice(await IndicatorQueries.Summaries(db, plan.Id, Languages.Current, ct), request);
        if (!paged.Exists) return TypedResults.NotFound();
        context.Response.AddLinkHeader(paged);
        return TypedResults.Ok(new ListPage<IndicatorSummaryRow>(paged.Items, paged.Page, paged.PageSize, paged.Total));
    }

    private static async Task<Results<Ok<IndicatorDetail>, NotFound>> Detail(
        string iso2, string code, string indicatorCode, AvanceDb db, CancellationToken ct) =>
        await IndicatorQueries.Detail(db, iso2, code, indicatorCode, Languages.Current, ct) is { } indicator
            ? TypedResults.Ok(indicator)
            : TypedResults.NotFound();
}
