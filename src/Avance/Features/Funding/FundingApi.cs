using Avance.Data;
using Avance.Features.Countries;
using Avance.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Avance.Features.Funding;

public static class FundingApi
{
    public static WebApplication MapFundingApi(this WebApplication app)
    {
        app.MapGet("/api/v1/countries/{iso2}/funding", Contributions).WithTags("Funding")
            .WithSummary("Funding partner contributions to a country's outcomes per year, split development / humanitarian, with sources.");
        return app;
    }

    private static async Task<Results<Ok<List<FundingRow>>, NotFound>> Contributions(string iso2, AvanceDb db, CancellationToken ct)
    {
        if (!await CountryQueries.Exists(db, iso2, ct)) return TypedResults.NotFound();
        return TypedResults.Ok(await FundingQueries.Contributions(db, iso2, Languages.Current, ct));
    }
}
