using Avance.Data;
using Avance.Features.Countries;
using Avance.Features.Errors;
using Avance.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Avance.Features.Programmes;

public static class ProgrammesApi
{
    public static WebApplication MapProgrammesApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/countries/{iso2}/programmes").WithTags("Programmes").CacheOutput(PublicDataCache.Policy);
        group.MapGet("/", List)
            .WithSummary("A country's territorial programmes, such as the Women Peacebuilders networks, with the years they have figures for.");
        group.MapGet("/{code}", Figures)
            .WithSummary("A programme and its figures by year, metric and state, each with its source; filter by year, metric "
                + "(networks, members, municipalities, states, investment, presence) and state (INEGI code, or \"national\").");
        return app;
    }

    private static async Task<Results<Ok<ProgrammesPage>, NotFound, BadRequest>> List(
        string iso2, int? page, int? pageSize, HttpContext context, AvanceDb db, UiText text, CancellationToken ct)
    {
        if (PageRequest.TryCreate(page, pageSize, out var pageError) is not { } request) return BadRequest(context, text[pageError!]);
        if (!await CountryQueries.Exists(db, iso2, ct)) return TypedResults.NotFound();

        var rows = await ProgrammeQueries.Programmes(db, iso2, Languages.Current, ct);
        var paged = new Paged<ProgrammeRow>([.. rows.Skip(request.Skip).Take(request.PageSize)], request.Page, request.PageSize, rows.Count);
        if (!paged.Exists) return TypedResults.NotFound();
        context.Response.AddLinkHeader(paged);
        return TypedResults.Ok(new ProgrammesPage(paged.Items, paged.Page, paged.PageSize, paged.Total));
    }

    private static async Task<Results<Ok<ProgrammeFiguresPage>, NotFound, BadRequest>> Figures(
        string iso2, string code, string? year, string? metric, string? state, int? page, int? pageSize,
        HttpContext context, AvanceDb db, UiText text, CancellationToken ct)
    {
        if (PageRequest.TryCreate(page, pageSize, out var pageError) is not { } request) return BadRequest(context, text[pageError!]);
        if (!FigureFilter.TryParseYear(year, out var selectedYear))
            return BadRequest(context, text["ProgrammesYearInvalid", FigureFilter.EarliestYear, FigureFilter.LatestYear]);
        if (!FigureFilter.TryParseMetric(metric, out var selectedMetric))
            return BadRequest(context, text["ProgrammesMetricInvalid", FigureFilter.MetricNames]);

        var programme = await ProgrammeQueries.Programme(db, iso2, code, Languages.Current, ct);
        if (programme is null) return TypedResults.NotFound();
        var nationalOnly = string.Equals(state, FigureFilter.National, StringComparison.OrdinalIgnoreCase);
        if (!string.IsNullOrEmpty(state) && !nationalOnly && !await ProgrammeQueries.StateExists(db, iso2, state, ct))
            return BadRequest(context, text["ProgrammesStateInvalid", FigureFilter.National]);

        var filter = new FigureFilter(selectedYear, selectedMetric, nationalOnly || string.IsNullOrEmpty(state) ? null : state, nationalOnly);
        var rows = await ProgrammeQueries.Figures(db, iso2, programme.Code, filter, ct);
        var paged = new Paged<ProgrammeFigureRow>([.. rows.Skip(request.Skip).Take(request.PageSize)], request.Page, request.PageSize, rows.Count);
        if (!paged.Exists) return TypedResults.NotFound();
        context.Response.AddLinkHeader(paged);
        return TypedResults.Ok(new ProgrammeFiguresPage(programme, paged.Items, paged.Page, paged.PageSize, paged.Total));
    }

    private static BadRequest BadRequest(HttpContext context, string detail)
    {
        ErrorDetail.Explain(context, detail);
        return TypedResults.BadRequest();
    }
}
