using System.Net;
using System.Text.RegularExpressions;
using Avance.Tests.Infrastructure;

namespace Avance.Tests.Features.Results;

public sealed class OutcomesPageTests
{
    [Theory, Providers]
    public async Task Outcomes_FirstPage_ShowsFiveOfTenWithIdentifiersAndALinkToPageTwo(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));

        var page = await app.CreateClient().GetStringAsync("/en/countries/mx/results");

        Assert.Contains("Showing 1–5 of 10", page);
        Assert.Equal(5, Rows(page).Count);
        foreach (var suffix in new[] { "1.1", "2.1", "2.2", "2.3", "3.1" })
            Assert.Contains($"XM-DAC-41146-MEX_D_{suffix}", page);
        Assert.Contains("href=\"/en/countries/mx/results?page=2\"", page);
        Assert.Contains("aria-current=\"page\"", page);
        Assert.Contains("href=\"/en/countries/mx/results/outcomes.csv\"", page);
        Assert.DoesNotContain("⟦", page);
    }

    [Theory, Providers]
    public async Task Outcomes_SecondPage_ShowsTheRestAndPagingKeepsTheFilter(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));

        var page = await app.CreateClient().GetStringAsync("/en/countries/mx/results?status=NotAssessed&page=2");

        // Nine outcomes are not assessed; the justice outcome is "not achieved".
        Assert.Contains("Showing 6–9 of 9", page);
        Assert.Equal(4, Rows(page).Count);
        Assert.Contains("href=\"/en/countries/mx/results?status=NotAssessed\" rel=\"prev\"", page);
        Assert.Contains("<option value=\"NotAssessed\" selected=\"selected\">", page);
    }

    [Theory, Providers]
    public async Task Outcomes_FilteredByYear_ShowsOnlyOutcomesWithNotesOrMoneyThatYear(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();
        var justice = await ResultsTestData.JusticeOutcomeIdAsync(app);

        var in2023 = await client.GetStringAsync("/en/countries/mx/results?year=2023");
        var in2020 = await client.GetStringAsync("/en/countries/mx/results?year=2020");
        var in2021 = await client.GetStringAsync("/en/countries/mx/results?year=2021&pageSize=20");

        Assert.Equal([justice], Rows(in2023));
        Assert.Equal([justice], Rows(in2020)); // 2020 has funding but no note
        Assert.Equal(10, Rows(in2021).Count);
        Assert.Contains("<option value=\"2020\" selected=\"selected\">", in2020);
        Assert.Contains("<input type=\"hidden\" name=\"pageSize\" value=\"20\">", in2021);
    }

    [Theory, Providers]
    public async Task Outcomes_FilteredByStatus_ShowsOnlyThatStatus(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();
        var justice = await ResultsTestData.JusticeOutcomeIdAsync(app);

        var notAchieved = await client.GetStringAsync("/en/countries/mx/results?status=notachieved");
        var achieved = await client.GetStringAsync("/en/countries/mx/results?status=Achieved");

        Assert.Equal([justice], Rows(notAchieved));
        Assert.Empty(Rows(achieved));
        Assert.Contains("No outcome matches these filters.", achieved);
    }

    [Theory, Providers]
    public async Task Outcomes_FilteredBySdgWithoutAnyAllocation_SaysSoInsteadOfShowingAnEmptyTable(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));

        var page = await app.CreateClient().GetStringAsync("/en/countries/mx/results?sdg=5");

        Assert.Empty(Rows(page));
        Assert.DoesNotContain("data-table=\"outcomes\"", page);
        Assert.Contains("record no resources allocated to Sustainable Development Goals", page);
    }

    [Theory, Providers]
    public async Task Outcomes_FilteredBySdg_ShowsOutcomesAllocatedToTheGoalOrOneOfItsTargets(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();
        var planning = await ResultsTestData.OutcomeIdAsync(app, ResultsTestData.PlanningOutcome);
        var justice = await ResultsTestData.JusticeOutcomeIdAsync(app);
        await ResultsTestData.AddSdgAllocationAsync(app, planning, 2019, "5.4", 1_000m);
        await ResultsTestData.AddSdgAllocationAsync(app, justice, 2024, "16", 2_000m);
        await ResultsTestData.AddSdgAllocationAsync(app, justice, 2024, "15", 3_000m);

        var goal5 = await client.GetStringAsync("/en/countries/mx/results?sdg=5");
        var goal16 = await client.GetStringAsync("/en/countries/mx/results?sdg=16");
        var goal1 = await client.GetStringAsync("/en/countries/mx/results?sdg=1");
        var year2019 = await client.GetStringAsync("/en/countries/mx/results?year=2019&sdg=5");

        Assert.Equal([planning], Rows(goal5));
        Assert.Equal([justice], Rows(goal16));
        Assert.Empty(Rows(goal1));
        Assert.DoesNotContain("record no resources allocated", goal1);
        Assert.Equal([planning], Rows(year2019));
    }

    [Fact]
    public async Task Outcomes_BadFilterOrPage_Is400WithAnExplanation()
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));
        var client = app.CreateClient();

        (string Query, string Explanation)[] cases =
        [
            ("year=abc", "The year must be a whole number"), ("year=1800", "The year must be a whole number"),
            ("sdg=18", "must be a number from 1 to 17"), ("sdg=five", "must be a number from 1 to 17"),
            ("status=Done", "The status must be one of"), ("status=2", "The status must be one of"),
            ("page=0", "The page number must be 1 or more"), ("page=x", "The page number must be 1 or more"),
            ("pageSize=101", "The page size must be between 1 and 100"), ("pageSize=-5", "The page size must be between 1 and 100"),
        ];
        foreach (var (query, explanation) in cases)
        {
            var response = await client.GetAsync($"/en/countries/mx/results?{query}");
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, query);
            Assert.Contains(explanation, await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Outcomes_PastTheLastPageOrForAnUnknownCountry_Is404()
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));
        var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/en/countries/mx/results?page=3")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/en/countries/zz/results")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/en/countries/mx/results?page=2")).StatusCode);
    }

    [Theory, Providers]
    public async Task Outcomes_InSpanish_AreInSpanishThroughout(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));

        var page = await app.CreateClient().GetStringAsync("/es/countries/mx/results");

        Assert.Contains("<html lang=\"es\"", page);
        Assert.Contains("Resultados y recursos", page);
        Assert.Contains("Mostrando 1–5 de 10", page);
        Assert.Contains("Igualdad de género", page);
        Assert.Contains("href=\"/es/countries/mx/results?page=2\"", page);
        Assert.DoesNotContain("⟦", page);
    }

    /// <summary>The outcome ids of the table rows, in order.</summary>
    internal static List<int> Rows(string page) =>
        [.. Regex.Matches(page, "<tr data-outcome=\"(\\d+)\"").Select(m => int.Parse(m.Groups[1].Value))];
}
