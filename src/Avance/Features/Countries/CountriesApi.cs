using Avance.Data;
using Avance.Features.Plans;
using Avance.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Avance.Features.Countries;

public sealed record CountryDetail(CountryRow Country, IReadOnlyList<ContextRow> Context, IReadOnlyList<PlanSummaryRow> Plans);

public static class CountriesApi
{
    public static WebApplication MapCountriesApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/countries").WithTags("Countries").CacheOutput(PublicDataCache.Policy);
        group.MapGet("/", (AvanceDb db, CancellationToken ct) => CountryQueries.Countries(db, Languages.Current, ct))
            .WithSummary("Countries Avance holds data for, with their numbers of plans and outcomes.");
        group.MapGet("/{iso2}", Detail)
            .WithSummary("A country's context figures with their sources, and its plans with pillars and strategic objectives.");
        return app;
    }

    private static async Task<Results<Ok<CountryDetail>, NotFound>> Detail(string iso2, AvanceDb db, CancellationToken ct)
    {
        var language = Languages.Current;
        var country = await CountryQueries.Country(db, iso2, language, ct);
        if (country is null) return TypedResults.NotFound();
        return TypedResults.Ok(new CountryDetail(
            country,
            await CountryQueries.Context(db, iso2, language, ct),
            await PlanQueries.Plans(db, iso2, language, ct)));
    }
}
