using Avance.Data;
using Avance.Features.Countries;
using Avance.Web;

namespace Avance.Features.Funding;

public static class FundingApi
{
    public static WebApplication MapFundingApi(this WebApplication app)
    {
        app.MapGet("/api/v1/countries/{iso2}/funding", (string iso2, AvanceDb db, CancellationToken ct) =>
                CountryScope.Rows(db, iso2, () => FundingQueries.Contributions(db, iso2, Languages.Current, ct), ct))
            .WithTags("Funding")
            .WithSummary("Funding partner contributions to a country's outcomes per year, split development / humanitarian, with sources.");
        return app;
    }
}
