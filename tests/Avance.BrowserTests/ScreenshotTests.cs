using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Avance.BrowserTests;

/// <summary>
/// A full-page picture of every page type in both languages (and the busiest pages at phone width), for people to
/// look at (in docs/screenshots/ with AVANCE_SCREENSHOTS=docs). Each also checks that the page answered and has its
/// heading.
/// </summary>
[Collection(ScreenshotCollection.Name)]
public sealed class ScreenshotTests(BrowserFixture browser)
{
    private const int Desktop = 1280;
    private const int Phone = 375;

    public static TheoryData<string, string, int> Pages()
    {
        var pages = new TheoryData<string, string, int>();
        foreach (var lang in new[] { "en", "es" })
        {
            pages.Add($"home-{lang}.png", $"/{lang}", Desktop);
            pages.Add($"country-{lang}.png", $"/{lang}/countries/mx", Desktop);
            pages.Add($"plan-objectives-{lang}.png", $"/{lang}/countries/mx/plans/NAP-1325?tab=objectives", Desktop);
            pages.Add($"plan-actors-{lang}.png", $"/{lang}/countries/mx/plans/NAP-1325?tab=actors", Desktop);
            pages.Add($"indicator-{lang}.png", $"/{lang}/countries/mx/plans/NAP-1325/indicators/PAR-1.1", Desktop);
            pages.Add($"results-{lang}.png", $"/{lang}/countries/mx/results", Desktop);
            pages.Add($"programmes-{lang}.png", $"/{lang}/countries/mx/programmes", Desktop);
            pages.Add($"programme-{lang}.png", $"/{lang}/countries/mx/programmes/mucpaz", Desktop);
            pages.Add($"search-{lang}.png", $"/{lang}/search?q=" + (lang == "en" ? "justice" : "construccion"), Desktop);
            pages.Add($"country-{lang}-375.png", $"/{lang}/countries/mx", Phone);
            pages.Add($"results-{lang}-375.png", $"/{lang}/countries/mx/results", Phone);
        }

        return pages;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task PageType_IsSavedAsAScreenshot(string file, string path, int width)
    {
        await using var context = await NewContextAsync(width);
        var page = await context.NewPageAsync();
        await page.OpenAsync(path);

        await SaveAsync(page, file);
    }

    [Theory]
    [InlineData("outcome-en.png", "/en/countries/mx/results?page=2", "justice and reparation")]
    [InlineData("outcome-es.png", "/es/countries/mx/results?page=2", "acceso a la justicia")]
    public async Task OutcomePage_ReachedFromTheList_IsSavedAsAScreenshot(string file, string list, string summary)
    {
        await using var context = await NewContextAsync(Desktop);
        var page = await context.NewPageAsync();
        await page.OpenAsync(list);
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(summary) }).FollowAsync();

        await SaveAsync(page, file);
    }

    [Theory]
    [InlineData("not-found-en.png", "/en/countries/zz")]
    [InlineData("not-found-es.png", "/es/countries/mx/plans/NAP-9999")]
    public async Task NotFoundPage_IsSavedAsAScreenshot(string file, string path)
    {
        await using var context = await NewContextAsync(Desktop);
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(path);
        Assert.Equal(404, response?.Status);

        await SaveAsync(page, file);
    }

    private Task<IBrowserContext> NewContextAsync(int width) =>
        browser.NewContextAsync(o => o.ViewportSize = new ViewportSize { Width = width, Height = 900 });

    private static async Task SaveAsync(IPage page, string file)
    {
        Assert.True(await page.Locator("h1").First.IsVisibleAsync(), $"{page.Url} shows no heading.");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath(file), FullPage = true, Animations = ScreenshotAnimations.Disabled });
    }
}
