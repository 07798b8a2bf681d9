using Avance.Data;
using Avance.Features.Countries;
using Avance.Features.Errors;
using Avance.Features.Results;
using Avance.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Avance.Features.Funding;

public static class FundingApi
{
    public static WebApplication MapFundingApi(this WebApplication app)
    {
        app.MapGet("/api/v1/countries/{iso2}/funding", Contributions)
            .CacheOutput(PublicDataCache.Policy)
            .WithTags("Funding")
            .WithSummary("Funding partner contributions to a country's outcomes per year (one year with ?year=), split development / humanitarian, with sources.");
        return app;
    }

    private static async Task<Results<Ok<List<FundingRow>>, BadRequest, NotFound>> Contributions(
        string iso2, string? year, HttpContext context, AvanceDb db, UiText text, CancellationToken ct)
    {
        if (!await CountryQueries.Exists(db, iso2, ct)) return TypedResults.NotFound();
        if (!QueryValues.TryYear(year, out var only, out var errorKey))
        {
            ErrorDetail.Explain(context, text[errorKey!]);
            return TypedResults.BadRequest();
        }
        return TypedResults.Ok(await FundingQueries.ContributionRows(db, iso2, Languages.Current, only).ToListAsync(ct));
    }
}
