using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Avance.BrowserTests;

/// <summary>
/// A reader finds the access-to-justice outcome in the results list, reads its progress notes and funding, then
/// downloads the tables and finds in the files the same identifiers and figures the pages show.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ResultsJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task JusticeOutcome_InSpanish_ShowsNotes2021To2024_AndTheNotesAndOutcomesCsvHoldWhatThePagesShow()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenAsync("/es/countries/mx/results");
        var identifiersOnFirstPage = await page.Locator("table[data-table=outcomes] td.identifier").SeenTextsAsync();
        Assert.Equal(MexicoDemo.OutcomeIdentifiers, identifiersOnFirstPage);

        await page.Locator("nav.pager a[rel=next]").FollowAsync();
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("acceso a la justicia") }).FollowAsync();

        var outcomeId = OutcomeId(page);
        var summary = await page.Locator(".outcome-summary").SeenTextAsync();
        Assert.Contains("acceso a la justicia", summary);
        Assert.Equal(["2024", "2023", "2022", "2021"], await page.Locator("[data-note-year] h3").SeenTextsAsync());
        var notesShown = new List<(string Year, string Note)>();
        foreach (var note in await page.Locator("[data-note-year]").AllAsync())
        {
            var text = await note.Locator("> p:not(.progress-assessment):not(.muted)").SeenTextAsync();
            Assert.True(text.Length > 80, $"The progress note {await note.GetAttributeAsync("data-note-year")} is (nearly) empty.");
            notesShown.Add((await note.GetAttributeAsync("data-note-year") ?? string.Empty, text));
        }

        var notes = await DownloadedCsv.DownloadAsync(page.Locator($"p.downloads a[href$='/results/{outcomeId}/progress-notes.csv']"));
        Assert.Equal(notesShown, notes.Select(r => (r["year"], PageSteps.Collapse(r["note"]))));

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Usted está aquí" }).GetByRole(AriaRole.Link, new() { Name = "Resultados y recursos" }).FollowAsync();
        Assert.EndsWith("/es/countries/mx/results", page.Url);

        var outcomes = await DownloadedCsv.DownloadAsync(page.Locator("p.downloads a[href$='/results/outcomes.csv']"));

        Assert.Equal(MexicoDemo.OutcomeIdentifiers, outcomes.Select(r => r["iati_identifier"]).Where(i => i.Length > 0));
        var justice = Assert.Single(outcomes, r => r["id"] == outcomeId);
        Assert.Equal(summary, PageSteps.Collapse(justice["summary"]));
    }

    [Fact]
    public async Task JusticeOutcome_InEnglish_ItsFundingCsvHoldsTheContributionsThePageShows()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenAsync("/en/countries/mx/results?page=2");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("justice and reparation") }).FollowAsync();
        var outcomeId = OutcomeId(page);

        var funding = page.GetByRole(AriaRole.Table, new() { Name = "Contributions by funding partner and year" });
        var shown = new List<(string Partner, string Year, string Total)>();
        foreach (var row in await funding.Locator("tbody tr").AllAsync())
        {
            var cells = await row.Locator("th, td").SeenTextsAsync();
            shown.Add((cells[0], cells[1], Digits(cells[4])));
        }

        Assert.Contains(shown, s => s is { Year: "2021", Total: "26853" } && s.Partner.Contains("UN Women"));
        Assert.Contains(shown, s => s is { Year: "2021", Total: "103629", Partner: "Government of Mexico" });
        Assert.Contains(shown, s => s is { Year: "2021", Total: "233092" } && s.Partner.Contains("Multi-Partner Trust Fund"));

        var downloaded = await DownloadedCsv.DownloadAsync(page.Locator($"p.downloads a[href$='/results/{outcomeId}/funding.csv']"));

        Assert.All(downloaded, r => Assert.Equal(outcomeId, r["outcome_id"]));
        Assert.Equal(
            shown.Select(s => (s.Year, s.Total)).Order(),
            downloaded.Select(r => (r["year"], r["total"])).Order());
        Assert.All(downloaded, r => Assert.Contains(shown, s => s.Year == r["year"] && s.Total == r["total"] && s.Partner.StartsWith(r["partner"], StringComparison.Ordinal)));
    }

    private static string OutcomeId(IPage page)
    {
        var match = OutcomeAddress().Match(page.Url);
        Assert.True(match.Success, $"{page.Url} is not an outcome page.");
        return match.Groups[1].Value;
    }

    private static string Digits(string money) => NotADigit().Replace(money, string.Empty);

    [GeneratedRegex(@"/results/(\d+)$")]
    private static partial Regex OutcomeAddress();

    [GeneratedRegex(@"\D")]
    private static partial Regex NotADigit();
}
