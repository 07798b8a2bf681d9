using Microsoft.Playwright;

namespace Avance.BrowserTests;

/// <summary>A reader who uses no mouse: Tab, arrow keys and Enter only.</summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardJourneyTests(BrowserFixture browser)
{
    private const int MostTabsExpected = 6;

    [Fact]
    public async Task Tab_FromTheTopOfTheCountryPage_ReachesTheSkipLinkAndThenTheSearchBox()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenAsync("/en/countries/mx");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await FocusedTextAsync(page));

        var presses = await TabUntilAsync(page, "document.activeElement.id === 'site-search'");
        Assert.True(presses <= MostTabsExpected, $"The search box was not reached within {MostTabsExpected} more presses of Tab.");

        await page.Keyboard.TypeAsync("justice");
        await page.NavigateWithAsync(() => page.Keyboard.PressAsync("Enter"));
        Assert.Equal("/en/search?q=justice", page.PathAndQuery());
        Assert.True(await page.Locator("ol.search-list > li").CountAsync() > 0, "Searching «justice» from the keyboard found nothing.");
    }

    [Fact]
    public async Task ResultsFilter_FilledAndSubmittedWithTheKeyboardAlone_ShowsTheFilteredList()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenAsync("/en/countries/mx/results");
        var unfiltered = await page.ListTotalAsync();

        await TabUntilAsync(page, "document.activeElement.id === 'filter-year'");
        await ArrowDownUntilAsync(page, "2024");
        await TabUntilAsync(page, "document.activeElement.type === 'submit' && !!document.activeElement.closest('form.results-filter')");
        await page.NavigateWithAsync(() => page.Keyboard.PressAsync("Enter"));
        Assert.Contains("year=2024", page.Url);

        Assert.Equal("2024", await page.GetByLabel("Year", new() { Exact = true }).InputValueAsync());
        Assert.InRange(await page.ListTotalAsync(), 1, unfiltered - 1);
        Assert.Contains("justice and reparation", await page.Locator("table[data-table=outcomes]").SeenTextAsync());
    }

    /// <summary>Moves through the focused list's options with the down arrow until it shows <paramref name="value"/>.</summary>
    private static async Task ArrowDownUntilAsync(IPage page, string value)
    {
        const int Limit = 30;
        for (var presses = 0; presses < Limit; presses++)
        {
            if (await page.EvaluateAsync<string>("() => document.activeElement.value") == value)
            {
                return;
            }

            await page.Keyboard.PressAsync("ArrowDown");
        }

        Assert.Fail($"The down arrow never reached the option {value} (after {Limit} presses).");
    }

    private static Task<string> FocusedTextAsync(IPage page) =>
        page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()");

    /// <summary>Presses Tab until the condition holds for the focused element; returns how many presses it took.</summary>
    private static async Task<int> TabUntilAsync(IPage page, string condition)
    {
        const int Limit = 60;
        for (var presses = 1; presses <= Limit; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>($"() => {condition}"))
            {
                return presses;
            }
        }

        Assert.Fail($"Tab never reached the element where {condition} (after {Limit} presses).");
        return Limit;
    }
}
