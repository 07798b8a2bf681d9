using Avance.Data;
using Avance.Features.Countries;
using Avance.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Avance.Features.Results;

public static class ResultsApi
{
    public static WebApplication MapResultsApi(this WebApplication app)
    {
        app.MapGet("/api/v1/countries/{iso2}/outcomes", Outcomes).WithTags("Results")
            .WithSummary("Outcomes of the UN country programme results frameworks in a country, with IATI identifiers.");
        return app;
    }

    private static async Task<Results<Ok<List<OutcomeRow>>, NotFound>> Outcomes(string iso2, AvanceDb db, CancellationToken ct)
    {
        if (!await CountryQueries.Exists(db, iso2, ct)) return TypedResults.NotFound();
        return TypedResults.Ok(await ResultsQueries.Outcomes(db, iso2, Languages.Current, ct));
    }
}
