using Avance.Data;
using Avance.Features.Countries;
using Avance.Web.Downloads.Tables;

namespace Avance.Web.Downloads;

public static class DownloadEndpoints
{
    /// <summary>Every table download and the country data package.</summary>
    public static WebApplication MapDownloads(this WebApplication app)
    {
        foreach (var table in CountryTables.Mapped) app.MapTableDownload(table.Pattern, table.Table);
        app.MapGet(CountryTable.CountryPath + "/data-package.zip", DataPackage).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> DataPackage(string iso2, AvanceDb db, CancellationToken cancellationToken) =>
        await CountryQueries.Country(db, iso2, Languages.Current, cancellationToken) is { } country
            ? new DataPackageResult(country, CountryTables.All, db)
            : Results.NotFound();
}
