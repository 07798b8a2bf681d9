using System.Net;
using Avance.Features.Plans;
using Avance.Tests.Infrastructure;

namespace Avance.Tests.Features.Plans;

public sealed class PlanPageTests
{
    private const string Plan = "/en/countries/mx/plans/NAP-1325";

    [Theory, Providers]
    public async Task DefaultTab_IsObjectives_WithTheWholeTreeAndNoReportYetForActivities(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));

        var page = await app.CreateClient().GetStringAsync("/en/countries/mx/plans/nap-1325");

        Assert.Contains("aria-current=\"page\">Objectives</a>", page);
        Assert.Equal(10, Html.Count("data-objective=", page));
        Assert.Equal(4, Html.Count("data-pillar=", page));
        Assert.Equal(2, Html.Count("data-line=", page));
        Assert.Equal(2, Html.Count("data-activity=", page));
        Assert.Equal(2, Html.Count("data-status=\"none\">no report yet", page));
        Assert.Contains("Design a programme of training courses", page);
        Assert.Contains($"href=\"{Plan}/indicators/PAR-1.1\"", page);
    }

    [Theory, Providers]
    public async Task EveryTab_InBothLanguages_RendersWithItsHeadingAndNoUntranslatedText(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();

        foreach (var language in new[] { "en", "es" })
            foreach (var tab in PlanModel.Tabs)
            {
                var response = await client.GetAsync($"/{language}/countries/mx/plans/NAP-1325?tab={tab}");
                var page = await response.Content.ReadAsStringAsync();

                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Contains($"<html lang=\"{language}\"", page);
                Assert.Contains($"data-tab=\"{tab}\"", page);
                Assert.DoesNotContain("⟦", page);
                Assert.Contains("data-source=\"doc-wiis-mx-nap-2021-assessment\"", page);
            }
    }

    [Theory, Providers]
    public async Task ActorsTab_ShowsRolesAndWhetherCivilSocietyTookPart(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();

        var english = await client.GetStringAsync($"{Plan}?tab=actors");
        var spanish = await client.GetStringAsync("/es/countries/mx/plans/NAP-1325?tab=actors");

        Assert.Contains("<tr data-role=\"Lead\">", english);
        Assert.Contains("Ministry of Foreign Affairs", english);
        Assert.Equal(4, Html.Count("data-role=\"Participating\"", english));
        Assert.Contains("Civil society took part in developing the plan: not stated in the sources", english);
        Assert.Contains("Civil society takes part in implementing the plan: partly", english);
        Assert.Contains("La sociedad civil participa en la ejecución del plan: en parte", spanish);
        Assert.Contains("Secretaría de Relaciones Exteriores", spanish);
    }

    [Theory, Providers]
    public async Task TimeframeTab_ShowsAnOpenEndedPlanReviewedThreeYearsAfterAdoption(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();

        var english = await client.GetStringAsync($"{Plan}?tab=timeframe");
        var spanish = await client.GetStringAsync("/es/countries/mx/plans/NAP-1325?tab=timeframe");

        Assert.Contains("data-review-due=\"2024-01-11\"", english);
        Assert.Contains("After 3 years: due on 11 January 2024", english);
        Assert.Contains("Open-ended", english);
        Assert.Contains("A los 3 años: prevista para el 11 de enero de 2024", spanish);
    }

    [Theory, Providers]
    public async Task IndicatorsTab_LinksEachIndicatorWithItsLatestPublishedValueAndStatus(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();

        var english = await client.GetStringAsync($"{Plan}?tab=indicators");
        var spanish = await client.GetStringAsync("/es/countries/mx/plans/NAP-1325?tab=indicators");

        Assert.Equal(4, Html.Count("<tr data-indicator=", english));
        foreach (var code in new[] { "PAR-1.1", "PAR-1.2", "PRE-2.1", "PAR-4.1" })
            Assert.Contains($"href=\"{Plan}/indicators/{code}\"", english);
        Assert.Contains("200 (2022)", english);
        Assert.Contains("5,585 (2022)", english);
        Assert.Contains("30 % (2022)", english);
        Assert.Contains("none published", english);
        Assert.Equal(4, Html.Count("data-status=\"NoData\">No data", english));
        Assert.Contains("5.585 (2022)", spanish);
        Assert.Contains("Sin datos", spanish);
    }

    [Theory, Providers]
    public async Task OtherTabs_ShowMonitoringPublishedPeriodsBudgetAndDisarmament(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();

        var monitoring = await client.GetStringAsync($"{Plan}?tab=monitoring");
        var budget = await client.GetStringAsync($"{Plan}?tab=budget");
        var disarmament = await client.GetStringAsync($"{Plan}?tab=DISARMAMENT");
        var actions = await client.GetStringAsync($"{Plan}?tab=actions");

        Assert.Contains("Inter-Secretariat Working Group", monitoring);
        Assert.Contains("<th scope=\"row\">2021</th>", monitoring);
        Assert.Contains("<th scope=\"row\">2022</th>", monitoring);
        Assert.Contains("data-budget=\"AgenciesOwnResources\"", budget);
        Assert.Contains("each agency funds its activities from its own resources", budget);
        Assert.Contains("data-disarmament=\"True\"", disarmament);
        Assert.Contains("Participation objective 4", disarmament);
        Assert.Equal(2, Html.Count("<tr data-activity=", actions));
        Assert.Contains("Prevention, objective 3", actions);
    }

    [Theory]
    [InlineData("/en/countries/mx/plans/NAP-1325?tab=bogus")]
    [InlineData("/en/countries/mx/plans/NAP-9")]
    [InlineData("/en/countries/zz/plans/NAP-1325")]
    [InlineData("/fr/countries/mx/plans/NAP-1325")]
    public async Task UnknownTabPlanCountryOrLanguage_Is404(string path)
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));

        var response = await app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task UnknownPlan_InSpanish_IsASpanish404Page()
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));

        var response = await app.CreateClient().GetAsync("/es/countries/mx/plans/NAP-9");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<html lang=\"es\"", await response.Content.ReadAsStringAsync());
    }

    [Theory, Providers]
    public async Task ActivityStatus_ShowsTheLatestPublishedReportOnly(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();
        await ActivityReports.AddAsync(app.Database);

        var page = await client.GetStringAsync(Plan);
        var actions = await client.GetStringAsync($"{Plan}?tab=actions");

        Assert.Contains("data-status=\"InProgress\">In progress (2021)", page);
        Assert.Contains("Course outline drafted.", page);
        Assert.DoesNotContain("Completed", page);
        Assert.DoesNotContain("Not yet reviewed.", page);
        Assert.Contains("data-status=\"none\">no report yet", page);
        Assert.Contains("data-status=\"InProgress\">In progress (2021)", actions);
    }
}
