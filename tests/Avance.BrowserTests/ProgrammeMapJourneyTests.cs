using Microsoft.Playwright;

namespace Avance.BrowserTests;

/// <summary>A reader looks at the Women Peacebuilders networks on the map of Mexico's states and changes year and figure.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ProgrammeMapJourneyTests(BrowserFixture browser)
{
    private const int MexicanStates = 32;

    [Fact]
    public async Task MucpazMap_2023Presence_Shows32StatesWith11Valued_AndTheFormSwitchesTo2021Networks()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenAsync("/en/countries/mx/programmes/mucpaz");

        await ChooseAsync(page, "2023", "Presence of networks");
        Assert.Equal("Presence of networks by state, 2023", await page.Locator("#by-state").SeenTextAsync());
        Assert.Equal(MexicanStates, await page.Locator("svg[role=img] path[data-state]").CountAsync());
        Assert.Equal(11, await page.Locator("svg[role=img] path[data-state][data-value]").CountAsync());
        Assert.Equal(await ValuedStatesOnTheMapAsync(page), await StatesInTheTableAsync(page));

        await ChooseAsync(page, "2021", "Networks");
        Assert.Equal("Networks by state, 2021", await page.Locator("#by-state").SeenTextAsync());
        Assert.Equal(MexicanStates, await page.Locator("svg[role=img] path[data-state]").CountAsync());
        Assert.Equal(await ValuedStatesOnTheMapAsync(page), await StatesInTheTableAsync(page));
        // The 2021 sources give national counts only ("80 networks in 11 states"), never a state by name.
        Assert.Equal(0, await page.Locator("svg[role=img] path[data-state][data-value]").CountAsync());
        Assert.Contains("There are no figures by state for “Networks” in 2021.", await page.Locator("section[aria-labelledby=by-state]").SeenTextAsync());
        var networks2021 = await page.Locator("table[data-table=national-figures] tbody[data-metric=networks] td.number").SeenTextsAsync();
        Assert.Contains("80", networks2021);
    }

    /// <summary>Picks a year and a figure with the page's own controls and submits them, as a reader would.</summary>
    private static async Task ChooseAsync(IPage page, string year, string figure)
    {
        await page.GetByLabel("Year", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = year });
        await page.GetByLabel("Figure", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = figure });
        await page.NavigateWithAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Show", Exact = true }).ClickAsync());
        Assert.Equal(year, await page.GetByLabel("Year", new() { Exact = true }).InputValueAsync());
    }

    /// <summary>State names of the valued map paths, from each path's tooltip ("Chiapas: Networks installed").</summary>
    private static async Task<IReadOnlyList<string>> ValuedStatesOnTheMapAsync(IPage page)
    {
        var titles = await page.Locator("svg[role=img] path[data-value] > title").AllTextContentsAsync();
        return [.. titles.Select(t => t[..t.IndexOf(':', StringComparison.Ordinal)]).Order(StringComparer.Ordinal)];
    }

    private static async Task<IReadOnlyList<string>> StatesInTheTableAsync(IPage page)
    {
        var states = await page.Locator("table[data-table=state-figures] tr[data-state] th").SeenTextsAsync();
        return [.. states.Order(StringComparer.Ordinal)];
    }
}
