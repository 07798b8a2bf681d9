using Avance.Data;
using Avance.Features.Countries;
using Avance.Web;

namespace Avance.Features.Results;

public static class ResultsApi
{
    public static WebApplication MapResultsApi(this WebApplication app)
    {
        app.MapGet("/api/v1/countries/{iso2}/outcomes", (string iso2, AvanceDb db, CancellationToken ct) =>
                CountryScope.Rows(db, iso2, () => ResultsQueries.Outcomes(db, iso2, Languages.Current, ct), ct))
            .WithTags("Results")
            .WithSummary("Outcomes of the UN country programme results frameworks in a country, with IATI identifiers.");
        return app;
    }
}
