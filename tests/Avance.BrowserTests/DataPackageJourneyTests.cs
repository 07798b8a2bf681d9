using System.IO.Compression;
using Microsoft.Playwright;

namespace Avance.BrowserTests;

/// <summary>A researcher takes everything the country page offers in one file and finds the page's figures in it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DataPackageJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task DataPackage_FromTheCountryPage_HoldsAtLeastTheTablesThePageOffersAndTheFundingFiguresShown()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenAsync("/en/countries/mx");
        var tablesOffered = await page.Locator("p.downloads a[type='text/csv']").CountAsync();
        var fundingShown = await page.Locator("table[data-table=funding] tbody tr td:nth-child(5)").SeenTextsAsync();

        var path = await DownloadedCsv.DownloadFileAsync(page.GetByRole(AriaRole.Link, new() { NameRegex = new("^All data for Mexico in one file") }), ".zip");

        using var package = ZipFile.OpenRead(path);
        var csvFiles = package.Entries.Where(e => e.Name.EndsWith(".csv", StringComparison.Ordinal)).ToList();
        Assert.True(
            csvFiles.Count >= tablesOffered,
            $"The country page offers {tablesOffered} tables, the package holds only {string.Join(", ", csvFiles.Select(e => e.FullName))}.");
        Assert.Contains(package.Entries, e => e.Name == "datapackage.json");

        var funding = csvFiles.Single(e => e.Name == "funding.csv");
        await using var content = funding.Open();
        var totals = DownloadedCsv.Read(content).Select(r => "$" + decimal.Parse(r["total"], System.Globalization.CultureInfo.InvariantCulture).ToString("#,0", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(fundingShown, totals);
        Assert.Contains("$233,092", fundingShown);
    }
}
