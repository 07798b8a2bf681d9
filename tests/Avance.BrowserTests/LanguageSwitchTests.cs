using Microsoft.Playwright;

namespace Avance.BrowserTests;

/// <summary>Switching language keeps the reader on the same page, with the same tab or filters.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LanguageSwitchTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("/en/countries/mx", "/es/countries/mx", "México")]
    [InlineData("/en/countries/mx/plans/NAP-1325?tab=actors", "/es/countries/mx/plans/NAP-1325?tab=actors", "Actores")]
    [InlineData("/en/countries/mx/plans/NAP-1325/indicators/PAR-1.1", "/es/countries/mx/plans/NAP-1325/indicators/PAR-1.1", "Valores publicados")]
    public async Task EspanolLink_OpensTheSamePageAndQueryInSpanish(string english, string spanish, string expectedOnPage)
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenAsync(english);

        await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "Español", Exact = true }).FollowAsync();

        Assert.Equal(spanish, page.PathAndQuery());
        Assert.Equal("es", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Contains(expectedOnPage, await page.GetByRole(AriaRole.Main).SeenTextAsync());
    }

    [Fact]
    public async Task EnglishLink_OnAFilteredSpanishResultsList_KeepsTheFilter()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenAsync("/es/countries/mx/results?year=2022");

        await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "English", Exact = true }).FollowAsync();

        Assert.Equal("/en/countries/mx/results?year=2022", page.PathAndQuery());
        Assert.Equal("2022", await page.GetByLabel("Year", new() { Exact = true }).InputValueAsync());
    }
}
