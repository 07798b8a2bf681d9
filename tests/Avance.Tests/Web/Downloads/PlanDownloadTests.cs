using Avance.Tests.Features.Indicators;
using Avance.Tests.Features.Plans;
using Avance.Tests.Infrastructure;

namespace Avance.Tests.Web.Downloads;

public sealed class PlanDownloadTests
{
    private const string Plan = "/en/countries/mx/plans/NAP-1325";
    private const string Officers = Plan + "/indicators/PAR-1.1";

    [Theory, Providers]
    public async Task Activities_InEveryFormat_AreTheActionsTabsRows_WithTheLatestPublishedStatusOnly(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();
        await ActivityReports.AddAsync(app.Database);

        var page = await PageDocument.GetAsync(client, Plan + "?tab=actions");
        var rows = await TableFiles.GetAsync(client, Plan + "/activities");

        var onPage = page.QuerySelectorAll("table[data-table=plan-activities] tbody tr").ToList();
        Assert.Equal(onPage.Select(tr => tr.GetAttribute("data-activity")),
            rows.Select(r => $"{r["pillar_number"]}.{r["objective_number"]}.{r["activity_number"]}"));
        Assert.Equal(onPage.Select(tr => tr.QuerySelector(".activity-statement")!.TextContent), rows.Select(r => r["activity"]));
        Assert.Equal(onPage.Select(tr => tr.QuerySelector(".activity-status")!.GetAttribute("data-status")),
            rows.Select(r => r["latest_status"] == "" ? "none" : r["latest_status"]));
        Assert.All(rows, r => Assert.Equal("NAP-1325", r["plan_code"]));
        Assert.Equal(["InProgress", "2021", "Course outline drafted."],
            [rows[0]["latest_status"], rows[0]["latest_status_period"], rows[0]["latest_status_narrative"]]);
        Assert.Equal(["", "", ""], [rows[1]["latest_status"], rows[1]["latest_status_period"], rows[1]["latest_status_narrative"]]);
        Assert.Equal(rows, await TableFiles.GetAsync(client, "/en/countries/mx/plans/activities"));
    }

    [Theory, Providers]
    public async Task Activities_InSpanish_AreInSpanish_InASpanishFileNamedAfterThePlan(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();
        await ActivityReports.AddAsync(app.Database);

        var response = await client.GetAsync("/es/countries/mx/plans/nap-1325/activities.csv");

        Assert.Equal("mx-nap-1325-plan-activities-es.csv", response.Content.Headers.ContentDisposition!.FileName);
        var rows = DownloadedFile.Csv(await response.Content.ReadAsByteArrayAsync());
        Assert.All(rows, r => Assert.Equal("Prevención", r["pillar"]));
        Assert.Equal("Temario del curso redactado.", rows[0]["latest_status_narrative"]);
    }

    [Theory, Providers]
    public async Task Indicators_InEveryFormat_AreTheIndicatorsTabsRows_WithLatestValueAndStatus(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();

        var page = await PageDocument.GetAsync(client, Plan + "?tab=indicators");
        var rows = await TableFiles.GetAsync(client, Plan + "/indicators");

        Assert.Equal(page.QuerySelectorAll("table[data-table=plan-indicators] tbody tr").Select(tr => tr.GetAttribute("data-indicator")),
            rows.Select(r => r["code"]));
        var officers = Assert.Single(rows, r => r["code"] == "PAR-1.1");
        Assert.Equal(["2022", "200", "NoData", "NoTarget"],
            [officers["latest_period"], officers["latest_value"], officers["progress_status"], officers["progress_rule"]]);
        Assert.Contains(rows, r => r["code"] == "PRE-2.1" && r["latest_value"] == "5585");
        Assert.Equal(rows, await TableFiles.GetAsync(client, "/en/countries/mx/plans/indicators"));
    }

    [Theory, Providers]
    public async Task IndicatorValues_OfPar11_InEveryFormat_Are119And200_WithTheirSources(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();

        var page = await PageDocument.GetAsync(client, Officers);
        var rows = await TableFiles.GetAsync(client, Officers + "/values");

        Assert.Equal(page.QuerySelectorAll("table[data-table=indicator-values] tbody tr").Select(tr => tr.GetAttribute("data-period")),
            rows.Select(r => r["period"]));
        Assert.Equal(["119", "200"], rows.Select(r => r["value"]));
        Assert.Equal(["2021", "2022"], rows.Select(r => r["year"]));
        Assert.All(rows, r => Assert.Equal(("NAP-1325", "PAR-1.1", ""), (r["plan_code"], r["indicator_code"], r["disaggregation"])));
        Assert.All(rows, r => Assert.StartsWith("seed-", r["source_key"]));
        Assert.Contains("200 is a lower bound", rows[1]["narrative"]);
        var country = await TableFiles.GetAsync(client, "/en/countries/mx/plans/indicator-values");
        Assert.Equal(rows, country.Where(r => r["indicator_code"] == "PAR-1.1"));
        Assert.Contains(country, r => r["indicator_code"] == "PRE-2.1" && r["value"] == "5585");
    }

    [Theory, Providers]
    public async Task IndicatorValues_HoldOnlyPublishedValues_WithEachSliceInItsDimensionsColumn(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();
        await IndicatorTestData.AddSexValuesAsync(app.Database);

        var page = await PageDocument.GetAsync(client, "/es/countries/mx/plans/NAP-1325/indicators/PAR-1.1");
        var rows = await TableFiles.GetAsync(client, "/es/countries/mx/plans/NAP-1325/indicators/PAR-1.1/values");

        Assert.Equal(page.QuerySelectorAll("table[data-table=indicator-values] tbody tr")
                .Select(tr => (tr.GetAttribute("data-period"), tr.GetAttribute("data-disaggregation"))),
            rows.Select(r => ((string?)r["period"], (string?)r["disaggregation"])));
        var women = Assert.Single(rows, r => r["disaggregation"] == "sex=female");
        Assert.Equal(["2022", "60", "Mujeres"], [women["period"], women["value"], women["sex"]]);
        Assert.DoesNotContain(rows, r => r["value"] is "140" or "45");
        Assert.All(rows.Where(r => r["disaggregation"] == ""), r => Assert.Equal("", r["sex"]));
    }

    [Theory, Providers]
    public async Task IndicatorTargets_InEveryFormat_AreTheTargetsTable(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();
        await IndicatorTestData.AddTargetAndBaselineAsync(app.Database);

        var english = await TableFiles.GetAsync(client, Officers + "/targets");
        var spanish = await TableFiles.GetAsync(client, "/es/countries/mx/plans/NAP-1325/indicators/par-1.1/targets");

        var target = Assert.Single(english);
        Assert.Equal(["NAP-1325", "PAR-1.1", "2024", "300", "Trained by 2024"],
            [target["plan_code"], target["indicator_code"], target["year"], target["target"], target["description"]]);
        Assert.Equal("Capacitados a 2024", Assert.Single(spanish)["description"]);
    }

    [Theory, Providers]
    public async Task OrganisationsAndPeriods_InEveryFormat_AreTheActorsAndMonitoringTables(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();

        var actors = await PageDocument.GetAsync(client, Plan + "?tab=actors");
        var monitoring = await PageDocument.GetAsync(client, Plan + "?tab=monitoring");
        var organisations = await TableFiles.GetAsync(client, Plan + "/organisations");
        var periods = await TableFiles.GetAsync(client, Plan + "/periods");

        Assert.Equal(actors.QuerySelectorAll("table[data-table=plan-organisations] tbody th").Select(th => th.TextContent),
            organisations.Select(r => r["organisation"]));
        Assert.Equal(["SRE", "Lead"], [organisations[0]["acronym"], organisations[0]["role"]]);
        Assert.Equal(monitoring.QuerySelectorAll("table[data-table=plan-periods] tbody th").Select(th => th.TextContent), periods.Select(r => r["period"]));
        Assert.Equal(["2021-01-01", "2021-12-31"], [periods[0]["starts_on"], periods[0]["ends_on"]]);
    }

    [Theory, Providers]
    public async Task UnknownPlanOrIndicator_Is404_ForEveryTableInEveryFormat(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();
        string[] tables =
        [
            "plans/NAP-9999/activities", "plans/NAP-9999/indicators", "plans/NAP-9999/organisations", "plans/NAP-9999/periods",
            "plans/NAP-9999/indicators/PAR-1.1/values", "plans/NAP-1325/indicators/PAR-9.9/values", "plans/NAP-1325/indicators/PAR-9.9/targets",
        ];

        foreach (var table in tables)
            foreach (var extension in new[] { "csv", "xlsx", "json" })
            {
                var response = await client.GetAsync($"/en/countries/mx/{table}.{extension}");
                Assert.True(response.StatusCode == System.Net.HttpStatusCode.NotFound, $"{table}.{extension}: {response.StatusCode}");
                Assert.Null(response.Content.Headers.ContentDisposition);
            }
    }
}
