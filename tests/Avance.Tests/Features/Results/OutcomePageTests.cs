using System.Net;
using System.Text.RegularExpressions;
using Avance.Tests.Infrastructure;

namespace Avance.Tests.Features.Results;

public sealed class OutcomePageTests
{
    [Theory, Providers]
    public async Task JusticeOutcome_ShowsItsFourNotesNewestFirstWithTheirAssessmentsAndSource(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();
        var justice = await ResultsTestData.JusticeOutcomeIdAsync(app);

        var page = await client.GetStringAsync($"/en/countries/mx/results/{justice}");

        var notes = Regex.Matches(page, "data-note-year=\"(\\d{4})\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["2024", "2023", "2022", "2021"], notes);
        var assessments = Regex.Matches(page, "data-assessment=\"(\\w+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["NotAchieved", "NotAchieved", "PartlyAchieved", "NotAssessed"], assessments);
        Assert.Contains("significant progress in 2022", page);
        var progress = page[page.IndexOf("id=\"progress\"", StringComparison.Ordinal)..page.IndexOf("id=\"resources\"", StringComparison.Ordinal)];
        Assert.Equal(4, Count("Source: UN Women Mexico — access to justice outcome: resources and funding partners", progress));
        Assert.Contains("<dd>not published</dd>", page);
        Assert.DoesNotContain("⟦", page);
    }

    [Theory, Providers]
    public async Task JusticeOutcome_ShowsFundingByPartnerAndYearWithAStackedChartAndHonestEmptyTables(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();
        var justice = await ResultsTestData.JusticeOutcomeIdAsync(app);

        var page = await client.GetStringAsync($"/en/countries/mx/results/{justice}");

        var funding = Table(page, "funding");
        foreach (var amount in new[] { "$26,853", "$103,629", "$233,092", "$12,283", "$85,644" })
            Assert.Contains(amount, funding);
        Assert.Contains("$363,574", Table(page, "funding-by-year")); // the three 2021 contributions together
        Assert.Contains("role=\"img\"", page);
        Assert.Contains("data-chart=\"stacked\"", page);
        Assert.Contains("No resource figures", page);
        Assert.Contains("resources to Sustainable Development Goals has been published", page);
        Assert.Contains("No result indicators have been published", page);
        Assert.Contains("strategic plan have been published for this outcome", page);
    }

    [Theory, Providers]
    public async Task Outcome_WithResourcesSdgIndicatorsAndStrategicPlan_ShowsEachFigureWithItsSource(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();
        var planning = await ResultsTestData.OutcomeIdAsync(app, ResultsTestData.PlanningOutcome);
        await ResultsTestData.AddOutcomeFiguresAsync(app, planning);
        await ResultsTestData.AddSdgAllocationAsync(app, planning, 2024, "5.2", 75_000m);

        var page = await client.GetStringAsync($"/en/countries/mx/results/{planning}");

        Assert.Contains("<span class=\"identifier outcome-identifier\" data-iati-identifier>XM-DAC-41146-MEX_D_1.1</span>", page);
        var resources = Table(page, "resources");
        foreach (var text in new[] { "$500,000", "$120,000", "not reported", "$410,000", "82 %" })
            Assert.Contains(text, resources);
        var sdg = Table(page, "sdg");
        Assert.Contains("5.2", sdg);
        Assert.Contains("Gender equality", sdg);
        Assert.Contains("$75,000", sdg);
        var indicators = Table(page, "indicators");
        foreach (var text in new[] { "Women-led organisations funded", "complementary indicator", "3 (2021)", "2024", ">10<", ">12<" })
            Assert.Contains(text, indicators);
        foreach (var table in new[] { resources, sdg, indicators })
            Assert.Contains("<a href=\"https://example.org/annual-report-2024\">Country office annual report 2024</a>", table);
        Assert.True(page.IndexOf("Impact areas", StringComparison.Ordinal) < page.IndexOf("Systemic outcomes", StringComparison.Ordinal));
        Assert.Contains("Women, peace and security", page);
    }

    [Theory, Providers]
    public async Task JusticeOutcome_InSpanish_IsInSpanishWithDollarsMarkedAsUs(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();
        var justice = await ResultsTestData.JusticeOutcomeIdAsync(app);

        var page = await client.GetStringAsync($"/es/countries/mx/results/{justice}");

        Assert.Contains("<html lang=\"es\"", page);
        foreach (var text in new[] { "Avance por año", "no logrado", "logrado en parte", "US$26.853", "US$103.629", "US$233.092", "Socios financiadores", "El Estado mexicano avanza" })
            Assert.Contains(text, page);
        Assert.DoesNotContain("⟦", page);
    }

    [Fact]
    public async Task Outcome_UnknownOrOfAnotherCountry_Is404()
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));
        var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/en/countries/mx/results/99999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/en/countries/zz/results/1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/en/countries/mx/results/first")).StatusCode);
    }

    /// <summary>The markup of the table marked data-table="name".</summary>
    private static string Table(string page, string name)
    {
        var start = page.IndexOf($"data-table=\"{name}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no table {name}");
        return page[start..page.IndexOf("</table>", start, StringComparison.Ordinal)];
    }

    private static int Count(string needle, string haystack) => Regex.Matches(haystack, Regex.Escape(needle)).Count;
}
