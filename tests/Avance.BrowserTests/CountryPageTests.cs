using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Avance.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed partial class CountryPageTests(BrowserFixture browser)
{
    private static readonly string[] EnglishPillars = ["Prevention", "Participation", "Protection", "Relief and Recovery"];

    private static readonly string[] MexicoOutcomeIdentifiers =
    [
        "XM-DAC-41146-MEX_D_1.1",
        "XM-DAC-41146-MEX_D_2.1",
        "XM-DAC-41146-MEX_D_2.2",
        "XM-DAC-41146-MEX_D_2.3",
        "XM-DAC-41146-MEX_D_3.1",
    ];

    // Spanish number formatting may group thousands with a comma, a (no-break) space or a dot.
    private static readonly string[] SpanishFundingAmount = ["26,853", "26 853", "26.853"];

    [Fact]
    public async Task CountryPage_InEnglish_ShowsPillarsObjectivesOutcomesAndFunding()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await OpenAsync(page, "/en/countries/mx");

        Assert.Contains("Mexico", await TextAsync(page.Locator("h1").First));

        var text = await TextAsync(page.Locator("body"));
        foreach (var pillar in EnglishPillars)
        {
            Assert.Contains(pillar, text);
        }

        Assert.Equal(10, await page.Locator("[data-objective]").CountAsync());

        foreach (var identifier in MexicoOutcomeIdentifiers)
        {
            Assert.Contains(identifier, text);
        }

        var funding = await TextAsync(page.Locator("table[data-table=funding]").First);
        Assert.Contains("$26,853", funding);
        Assert.Contains("$103,629", funding);
        Assert.Contains("$233,092", funding);

        await SaveScreenshotAsync(page, "country-en.png");
    }

    [Fact]
    public async Task CountryPage_InSpanish_ShowsSpanishInterface()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await OpenAsync(page, "/es/countries/mx");

        Assert.Contains("México", await TextAsync(page.Locator("h1").First));
        Assert.Equal("es", await page.Locator("html").GetAttributeAsync("lang"));

        var text = await TextAsync(page.Locator("body"));
        Assert.Contains("Prevención", text);
        Assert.Contains("Participación", text);

        var funding = await TextAsync(page.Locator("table[data-table=funding]").First);
        Assert.True(
            SpanishFundingAmount.Any(funding.Contains),
            $"Expected the funding table to contain one of [{string.Join(" | ", SpanishFundingAmount)}], but it reads: {funding}");

        await SaveScreenshotAsync(page, "country-es.png");
    }

    [Fact]
    public async Task SwitchLanguage_KeepsTheSamePage()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await OpenAsync(page, "/en/countries/mx");

        await page.Locator("a[hreflang=es]").First.ClickAsync();
        try
        {
            await page.WaitForURLAsync(url => url.EndsWith("/es/countries/mx", StringComparison.Ordinal));
        }
        catch (TimeoutException)
        {
            // The assertion below reports the URL the page ended on.
        }

        Assert.EndsWith("/es/countries/mx", page.Url);

        await SaveScreenshotAsync(page, "country-es.png");
    }

    private static async Task OpenAsync(IPage page, string path)
    {
        var response = await page.GotoAsync(path);
        Assert.True(response is { Ok: true }, $"GET {path} answered {response?.Status.ToString() ?? "nothing"}");
    }

    // textContent includes text hidden by CSS (e.g. collapsed sections); whitespace, including no-break
    // spaces, is collapsed so that assertions do not depend on markup layout.
    private static async Task<string> TextAsync(ILocator locator) =>
        Whitespace().Replace(await locator.TextContentAsync() ?? string.Empty, " ");

    private static Task SaveScreenshotAsync(IPage page, string fileName) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath(fileName), FullPage = true });

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
