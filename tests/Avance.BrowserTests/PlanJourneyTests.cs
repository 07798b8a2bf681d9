using Microsoft.Playwright;

namespace Avance.BrowserTests;

/// <summary>A reader goes from the home page down to one indicator of Mexico's plan.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PlanJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task HomeToIndicator_ThroughCountryPlanAndIndicatorsTab_ShowsPublishedValuesAndAChartWithTextEquivalent()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenAsync("/en");

        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Mexico", Exact = true }).FollowAsync();
        Assert.Equal("Mexico", await page.Locator("h1").SeenTextAsync());

        var planLink = page.Locator("[data-plan='NAP-1325'] h3 a");
        var planTitle = await planLink.SeenTextAsync();
        await planLink.FollowAsync();
        Assert.Equal(planTitle, await page.Locator("h1").SeenTextAsync());

        var tabs = page.GetByRole(AriaRole.Navigation, new() { Name = "Plan sections" });
        await tabs.GetByRole(AriaRole.Link, new() { Name = "Indicators", Exact = true }).FollowAsync();
        Assert.EndsWith("/en/countries/mx/plans/NAP-1325?tab=indicators", page.Url);
        Assert.Equal("page", await tabs.GetByRole(AriaRole.Link, new() { Name = "Indicators", Exact = true }).GetAttributeAsync("aria-current"));

        var row = page.Locator("table[data-table=plan-indicators] tr[data-indicator='PAR-1.1']");
        var latestInList = await row.Locator("td.number").SeenTextAsync();
        var indicatorLink = row.GetByRole(AriaRole.Link);
        var wording = await indicatorLink.SeenTextAsync();
        await indicatorLink.FollowAsync();

        Assert.EndsWith("/en/countries/mx/plans/NAP-1325/indicators/PAR-1.1", page.Url);
        Assert.Equal(wording, await page.Locator("h1").SeenTextAsync());

        var values = page.GetByRole(AriaRole.Table, new() { Name = "Published values by period and disaggregation, with narrative and source" });
        var periods = await values.Locator("tbody tr th[scope=row]").SeenTextsAsync();
        var shownValues = await values.Locator("tbody tr td.number").SeenTextsAsync();
        Assert.Equal(["2021", "2022"], periods);
        Assert.Equal(["119", "200"], shownValues);
        Assert.Contains("200", latestInList);

        var chart = page.Locator("svg[role=img]").First;
        Assert.True(await chart.IsVisibleAsync(), "The indicator page shows no chart.");
        var equivalent = await TextEquivalentAsync(page, chart);
        foreach (var (period, value) in periods.Zip(shownValues))
        {
            Assert.Matches($@"\b{period}:[^;]*\b{value}\b", equivalent);
        }

        var chartTable = await page.Locator("table.chart-data").First.SeenTextAsync();
        Assert.Contains("2021 119", chartTable);
        Assert.Contains("2022 200", chartTable);
    }

    /// <summary>What a screen reader announces for the chart: the elements its aria-labelledby points at.</summary>
    private static async Task<string> TextEquivalentAsync(IPage page, ILocator chart)
    {
        var ids = (await chart.GetAttributeAsync("aria-labelledby") ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(ids);
        var parts = new List<string>();
        foreach (var id in ids)
        {
            parts.Add(await page.Locator($"[id='{id}']").ContentTextAsync());
        }

        return string.Join(" ", parts);
    }
}
