using Microsoft.Playwright;

namespace Avance.BrowserTests;

/// <summary>A Spanish reader types without accents in the header search box and still finds what the plan says.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task HeaderSearch_InSpanishWithoutAccent_HighlightsTheAccentedWordAndLeadsToASpanishPage()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenAsync("/es/countries/mx");

        var box = page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Searchbox);
        await box.FillAsync("construccion");
        await page.NavigateWithAsync(() => box.PressAsync("Enter"));
        Assert.Equal("/es/search?q=construccion", page.PathAndQuery());

        Assert.Equal("es", await page.Locator("html").GetAttributeAsync("lang"));
        var results = page.Locator("ol.search-list > li");
        Assert.True(await results.CountAsync() > 0, "The search for «construccion» lists no result.");
        var highlighted = await page.Locator("ol.search-list mark").SeenTextsAsync();
        Assert.Contains(highlighted, h => h.Contains("construcción", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("construcción", await results.First.Locator(".snippet").SeenTextAsync(), StringComparison.OrdinalIgnoreCase);

        var first = results.First.Locator("h3 a");
        var response = await first.FollowAsync();

        Assert.Equal(200, response.Status);
        Assert.StartsWith(browser.BaseAddress + "es/", page.Url);
        Assert.Equal("es", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.NotEmpty(await page.Locator("h1").SeenTextAsync());
        if (new Uri(page.Url).Fragment is { Length: > 1 } fragment)
        {
            Assert.True(await page.Locator($"[id='{fragment[1..]}']").IsVisibleAsync(), $"{page.Url} has nothing at {fragment}.");
        }
    }
}
