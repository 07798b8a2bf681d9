using System.Net;
using AngleSharp.Dom;
using Avance.Tests.Infrastructure;

namespace Avance.Tests.Web.Downloads;

/// <summary>
/// Every table a plan, indicator, results, outcome or programme page shows is followed by links to its files, and the
/// links answer with those files: a table added to a page without downloads fails here.
/// </summary>
public sealed class DownloadLinksOnPagesTests
{
    private static readonly string[] PlanTabs = ["actors", "timeframe", "objectives", "actions", "indicators", "monitoring", "budget", "disarmament"];

    [Theory, Providers]
    public async Task EveryTableOnEveryPageType_IsFollowedByLinksToItsFiles_ThatHoldItsRows(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();
        var justice = await EveryTableData.AddAsync(app);
        string[] pages =
        [
            .. PlanTabs.Select(tab => $"/en/countries/mx/plans/NAP-1325?tab={tab}"),
            "/en/countries/mx/plans/NAP-1325/indicators/PAR-1.1",
            "/en/countries/mx/results",
            "/en/countries/mx/results?year=2021&status=NotAssessed",
            $"/en/countries/mx/results/{justice}",
            "/en/countries/mx/programmes/mucpaz?year=2021",
            "/en/countries/mx/programmes/mucpaz?year=2023&metric=presence",
        ];

        var tablesSeen = 0;
        foreach (var path in pages)
        {
            var page = await PageDocument.GetAsync(client, path);
            // A chart's data table is the chart in words; its figures are in the page's own table of values, downloaded below it.
            foreach (var table in page.QuerySelectorAll("main table:not(.chart-data)"))
            {
                tablesSeen++;
                var name = $"{path} {table.GetAttribute("data-table")}";
                var links = table.NextElementSibling;
                Assert.True(links is not null && links.ClassList.Contains("downloads"), $"{name} has no download links under it");
                var csv = await CsvRowsAsync(client, links!, name);
                if (links!.TextContent.StartsWith("Download this table:", StringComparison.Ordinal))
                    Assert.True(Records(table) == csv.Count, $"{name}: {Records(table)} rows on the page, {csv.Count} in the file");
                else
                    Assert.True(csv.Count >= Records(table), $"{name}: the file holds fewer rows than the table");
            }
        }
        Assert.True(tablesSeen >= 14, $"only {tablesSeen} tables seen: the test data no longer fills every table");
    }

    [Theory, Providers]
    public async Task OutcomeSectionsShownAsLists_HaveLinksToTheirTablesToo(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();
        var justice = await EveryTableData.AddAsync(app);

        var page = await PageDocument.GetAsync(client, $"/es/countries/mx/results/{justice}");

        foreach (var (section, items) in new[] { ("progress", "article"), ("strategic-plan", "li") })
        {
            var links = page.QuerySelector($"section[aria-labelledby={section}] > p.downloads");
            Assert.NotNull(links);
            Assert.StartsWith("Descargar como tabla:", links!.TextContent);
            Assert.Equal(page.QuerySelectorAll($"section[aria-labelledby={section}] {items}").Length, (await CsvRowsAsync(client, links, section)).Count);
        }
    }

    /// <summary>Checks the three links and reads the CSV the first one gives.</summary>
    private static async Task<List<Dictionary<string, string>>> CsvRowsAsync(HttpClient client, IElement links, string name)
    {
        var addresses = links.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(3, addresses.Count);
        Assert.Equal(["csv", "xlsx", "json"], addresses.Select(a => a.Split('?')[0].Split('.')[^1]));
        foreach (var address in addresses.Skip(1))
            Assert.True((await client.GetAsync(address)).StatusCode == HttpStatusCode.OK, $"{name}: {address}");
        var response = await client.GetAsync(addresses[0]);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{name}: {addresses[0]} is {response.StatusCode}");
        return DownloadedFile.Csv(await response.Content.ReadAsByteArrayAsync());
    }

    /// <summary>A table's records: body rows with data cells (a source's heading row within a body holds none).</summary>
    private static int Records(IElement table) => table.QuerySelectorAll("tbody tr").Count(tr => tr.QuerySelector("td") is not null);
}
