using System.Net;
using Avance.Tests.Features.Results;
using Avance.Tests.Infrastructure;

namespace Avance.Tests.Web.Downloads;

public sealed class OutcomeDownloadTests
{
    private static readonly string[] OutcomeTables = ["progress-notes", "resources", "funding", "funding-by-year", "sdg-allocations", "indicators", "strategic-plan"];

    [Theory, Providers]
    public async Task ProgressNotes_OfTheJusticeOutcome_InEveryFormat_Cover2021To2024AsThePageAssessesThem(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();
        var justice = $"/en/countries/mx/results/{await ResultsTestData.JusticeOutcomeIdAsync(app)}";

        var page = await PageDocument.GetAsync(client, justice);
        var rows = await TableFiles.GetAsync(client, justice + "/progress-notes");

        Assert.Equal(["2024", "2023", "2022", "2021"], rows.Select(r => r["year"]));
        Assert.Equal(page.QuerySelectorAll("article[data-note-year]")
                .Select(a => (a.GetAttribute("data-note-year"), a.QuerySelector("[data-assessment]")!.GetAttribute("data-assessment"))),
            rows.Select(r => ((string?)r["year"], (string?)r["assessment"])));
        Assert.Equal(["NotAchieved", "NotAchieved"], rows.Take(2).Select(r => r["assessment"]));
        Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r["note"])));
        Assert.All(rows, r => Assert.NotEqual("", r["source_key"]));
        var country = await TableFiles.GetAsync(client, "/en/countries/mx/results/progress-notes");
        Assert.Equal(rows, country.Where(r => r["outcome_id"] == rows[0]["outcome_id"]));
        Assert.Contains(country, r => r["outcome_iati_identifier"] == ResultsTestData.PlanningOutcome && r["year"] == "2021");
    }

    [Theory, Providers]
    public async Task ProgressNotes_InSpanish_AreTheSpanishNotes(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();
        var id = await ResultsTestData.JusticeOutcomeIdAsync(app);

        var spanish = await TableFiles.GetAsync(client, $"/es/countries/mx/results/{id}/progress-notes");
        var english = await TableFiles.GetAsync(client, $"/en/countries/mx/results/{id}/progress-notes");
        var page = await PageDocument.GetAsync(client, $"/es/countries/mx/results/{id}");

        Assert.Equal(english.Select(r => r["year"]), spanish.Select(r => r["year"]));
        Assert.All(english.Zip(spanish), pair => Assert.NotEqual(pair.First["note"], pair.Second["note"]));
        Assert.Equal(page.QuerySelector("article[data-note-year='2024'] > p:not(.progress-assessment):not(.muted)")!.TextContent, spanish[0]["note"]);
    }

    [Theory, Providers]
    public async Task Funding_OfTheJusticeOutcome_InEveryFormat_MatchesBothFundingTablesOfThePage(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();
        var justice = $"/en/countries/mx/results/{await ResultsTestData.JusticeOutcomeIdAsync(app)}";

        var page = await PageDocument.GetAsync(client, justice);
        var partners = await TableFiles.GetAsync(client, justice + "/funding");
        var years = await TableFiles.GetAsync(client, justice + "/funding-by-year");

        Assert.Equal([26853m, 103629m, 233092m], partners.Where(r => r["year"] == "2021").Select(r => decimal.Parse(r["total"])).Order());
        Assert.Equal(page.QuerySelectorAll("table[data-table=funding] tbody tr").Count(), partners.Count);
        Assert.Equal(page.QuerySelectorAll("table[data-table=funding-by-year] tbody th").Select(th => th.TextContent), years.Select(r => r["year"]));
        Assert.Equal("363574", Assert.Single(years, r => r["year"] == "2021")["total"]);
        Assert.Equal("12283", Assert.Single(years, r => r["year"] == "2020")["development"]);
    }

    [Theory, Providers]
    public async Task ResourcesSdgIndicatorsAndStrategicPlan_InEveryFormat_HoldTheOutcomesFigures(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();
        var id = await ResultsTestData.JusticeOutcomeIdAsync(app);
        await ResultsTestData.AddOutcomeFiguresAsync(app, id);
        await ResultsTestData.AddSdgAllocationAsync(app, id, 2024, "5.2", 75_000m);
        var justice = $"/en/countries/mx/results/{id}";

        var resources = Assert.Single(await TableFiles.GetAsync(client, justice + "/resources"));
        var sdg = Assert.Single(await TableFiles.GetAsync(client, justice + "/sdg-allocations"));
        var indicator = Assert.Single(await TableFiles.GetAsync(client, justice + "/indicators"));
        var strategicPlan = await TableFiles.GetAsync(client, justice + "/strategic-plan");

        Assert.Equal(["2024", "500000", "120000", "", "410000", "0.82", "test-annual-report"],
            [resources["year"], resources["planned_budget"], resources["core_resources"], resources["non_core_resources"], resources["expenditure"],
                resources["delivery_rate"], resources["source_key"]]);
        Assert.Equal(["2024", "5.2", "5", "Gender equality", "75000"], [sdg["year"], sdg["sdg_code"], sdg["sdg_goal"], sdg["sdg_goal_name"], sdg["amount"]]);
        Assert.Equal(["Women-led organisations funded", "true", "2024-01-01", "10", "12", "3"],
            [indicator["indicator"], indicator["is_complementary"], indicator["period_start"], indicator["target"], indicator["actual"],
                indicator["baseline_value"]]);
        Assert.Equal([("ImpactArea", "IA4"), ("SystemicOutcome", "SO2")], strategicPlan.Select(r => (r["level"], r["code"])));
        var spanish = await TableFiles.GetAsync(client, $"/es/countries/mx/results/{id}/strategic-plan");
        Assert.Equal("Mujeres, paz y seguridad", spanish[0]["title"]);
    }

    [Theory, Providers]
    public async Task UnknownOutcome_OrOutcomeOfAnotherCountry_Is404_ForEveryTableInEveryFormat(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();

        var id = await ResultsTestData.JusticeOutcomeIdAsync(app);

        foreach (var outcome in new[] { "mx/results/99999", $"zz/results/{id}" })
            foreach (var table in OutcomeTables)
            foreach (var extension in new[] { "csv", "xlsx", "json" })
            {
                var response = await client.GetAsync($"/en/countries/{outcome}/{table}.{extension}");
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{outcome}/{table}.{extension}: {response.StatusCode}");
                Assert.Null(response.Content.Headers.ContentDisposition);
            }
    }
}
