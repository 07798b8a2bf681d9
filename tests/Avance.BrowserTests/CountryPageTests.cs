namespace Avance.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class CountryPageTests(BrowserFixture browser)
{
    private static readonly string[] EnglishPillars = ["Prevention", "Participation", "Protection", "Relief and Recovery"];

    // Spanish number formatting may group thousands with a comma, a (no-break) space or a dot.
    private static readonly string[] SpanishFundingAmount = ["26,853", "26 853", "26.853"];

    [Fact]
    public async Task CountryPage_InEnglish_ShowsPillarsObjectivesOutcomesAndFunding()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenAsync("/en/countries/mx");

        Assert.Contains("Mexico", await page.Locator("h1").First.ContentTextAsync());

        var text = await page.Locator("body").ContentTextAsync();
        foreach (var pillar in EnglishPillars)
        {
            Assert.Contains(pillar, text);
        }

        Assert.Equal(10, await page.Locator("[data-objective]").CountAsync());

        foreach (var identifier in MexicoDemo.OutcomeIdentifiers)
        {
            Assert.Contains(identifier, text);
        }

        var funding = await page.Locator("table[data-table=funding]").First.ContentTextAsync();
        Assert.Contains("$26,853", funding);
        Assert.Contains("$103,629", funding);
        Assert.Contains("$233,092", funding);
    }

    [Fact]
    public async Task CountryPage_InSpanish_ShowsSpanishInterface()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenAsync("/es/countries/mx");

        Assert.Contains("México", await page.Locator("h1").First.ContentTextAsync());
        Assert.Equal("es", await page.Locator("html").GetAttributeAsync("lang"));

        var text = await page.Locator("body").ContentTextAsync();
        Assert.Contains("Prevención", text);
        Assert.Contains("Participación", text);

        var funding = await page.Locator("table[data-table=funding]").First.ContentTextAsync();
        Assert.True(
            SpanishFundingAmount.Any(funding.Contains),
            $"Expected the funding table to contain one of [{string.Join(" | ", SpanishFundingAmount)}], but it reads: {funding}");
    }
}
