using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Avance.Tests.Infrastructure;

namespace Avance.Tests.Features.Plans;

public sealed class PlansApiTests
{
    [Theory, Providers]
    public async Task PlanList_IsPagedWithALinkHeader(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));

        var response = await app.CreateClient().GetAsync("/api/v1/countries/mx/plans?pageSize=1");
        var list = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        var plan = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal("NAP-1325", plan.GetProperty("code").GetString());
        Assert.Equal("Partly", plan.GetProperty("civilSocietyInImplementation").GetString());
        Assert.Contains("rel=\"first\"", string.Join(",", response.Headers.GetValues("Link")));
    }

    [Theory]
    [InlineData("page=0")]
    [InlineData("page=abc")]
    [InlineData("pageSize=101")]
    [InlineData("pageSize=-1")]
    public async Task PlanList_WithABadPageOrSize_IsAnExplained400(string query)
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));

        var response = await app.CreateClient().GetAsync($"/api/v1/countries/mx/plans?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("page", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/api/v1/countries/zz/plans")]
    [InlineData("/api/v1/countries/mx/plans?page=2")]
    [InlineData("/api/v1/countries/mx/plans/NAP-9")]
    [InlineData("/api/v1/countries/zz/plans/NAP-1325")]
    public async Task UnknownCountryPlanOrPage_Is404(string path)
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));

        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync(path)).StatusCode);
    }

    [Theory, Providers]
    public async Task PlanDetail_IsTheWholeTreeWithActorsTimeframeIndicatorsAndDocuments(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));

        var plan = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/countries/MX/plans/nap-1325");

        Assert.Equal("NAP-1325", plan.GetProperty("code").GetString());
        var pillars = plan.GetProperty("pillars").EnumerateArray().ToList();
        Assert.Equal([3, 4, 2, 1], pillars.Select(p => p.GetProperty("objectives").GetArrayLength()));
        var prevention3 = pillars[0].GetProperty("objectives")[2];
        var lines = prevention3.GetProperty("linesOfAction").EnumerateArray().ToList();
        Assert.Equal([1, 2], lines.Select(l => l.GetProperty("number").GetInt32()));
        Assert.Equal(JsonValueKind.Null, lines[0].GetProperty("activities")[0].GetProperty("latestStatus").ValueKind);
        Assert.Equal(["PAR-1.1", "PAR-1.2"], pillars[1].GetProperty("objectives")[0].GetProperty("indicators").EnumerateArray().Select(c => c.GetProperty("code").GetString()));

        var lead = Assert.Single(plan.GetProperty("actors").GetProperty("organisations").EnumerateArray(), o => o.GetProperty("role").GetString() == "Lead");
        Assert.Equal("SRE", lead.GetProperty("acronym").GetString());
        Assert.Equal("NotStated", plan.GetProperty("actors").GetProperty("civilSocietyInDevelopment").GetString());
        Assert.Equal("2024-01-11", plan.GetProperty("timeframe").GetProperty("reviewDue").GetString());
        Assert.True(plan.GetProperty("timeframe").GetProperty("isOpenEnded").GetBoolean());
        Assert.Equal("AgenciesOwnResources", plan.GetProperty("budget").GetProperty("arrangement").GetString());
        Assert.True(plan.GetProperty("disarmament").GetProperty("covered").GetBoolean());
        Assert.Equal(3, plan.GetProperty("documents").GetArrayLength());
        Assert.Equal(["2021", "2022"], plan.GetProperty("monitoring").GetProperty("publishedPeriods").EnumerateArray().Select(p => p.GetProperty("label").GetString()));

        var indicators = plan.GetProperty("indicators").EnumerateArray().ToList();
        Assert.Equal(["PRE-2.1", "PAR-1.1", "PAR-1.2", "PAR-4.1"], indicators.Select(i => i.GetProperty("code").GetString()));
        Assert.All(indicators, i => Assert.Equal("NoData", i.GetProperty("progress").GetProperty("status").GetString()));
        Assert.Equal(200m, indicators[1].GetProperty("latest").GetProperty("value").GetDecimal());
    }

    [Theory, Providers]
    public async Task PlanDetail_FollowsAcceptLanguage(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");

        var plan = await client.GetFromJsonAsync<JsonElement>("/api/v1/countries/mx/plans/NAP-1325");

        Assert.StartsWith("Plan Nacional de Acción", plan.GetProperty("title").GetString());
        Assert.Equal("Prevención", plan.GetProperty("pillars")[0].GetProperty("name").GetString());
    }

    [Theory, Providers]
    public async Task PlanDetail_CarriesOnlyPublishedActivityStatus(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();
        await ActivityReports.AddAsync(app.Database);

        var plan = await client.GetFromJsonAsync<JsonElement>("/api/v1/countries/mx/plans/NAP-1325");

        var status = plan.GetProperty("pillars")[0].GetProperty("objectives")[2].GetProperty("linesOfAction")[0]
            .GetProperty("activities")[0].GetProperty("latestStatus");
        Assert.Equal("InProgress", status.GetProperty("status").GetString());
        Assert.Equal("2021", status.GetProperty("period").GetString());
    }

    [Fact]
    public async Task OpenApi_DescribesThePlanAndIndicatorEndpoints()
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));

        var document = await app.CreateClient().GetStringAsync("/openapi/v1.json");

        foreach (var path in new[]
                 {
                     "/api/v1/countries/{iso2}/plans", "/api/v1/countries/{iso2}/plans/{code}",
                     "/api/v1/countries/{iso2}/plans/{code}/indicators", "/api/v1/countries/{iso2}/plans/{code}/indicators/{indicatorCode}",
                 })
            Assert.Contains($"\"{path}\"", document);
    }
}
