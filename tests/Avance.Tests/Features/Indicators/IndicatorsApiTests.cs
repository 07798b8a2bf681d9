using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Avance.Tests.Infrastructure;

namespace Avance.Tests.Features.Indicators;

public sealed class IndicatorsApiTests
{
    private const string Indicators = "/api/v1/countries/mx/plans/NAP-1325/indicators";

    [Theory, Providers]
    public async Task List_IsPagedInPlanOrderWithALinkHeader(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));

        var response = await app.CreateClient().GetAsync($"{Indicators}?page=2&pageSize=2");
        var list = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(4, list.GetProperty("total").GetInt32());
        Assert.Equal(["PAR-1.2", "PAR-4.1"], list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()));
        var link = string.Join(",", response.Headers.GetValues("Link"));
        Assert.Contains("page=1", link);
        Assert.Contains("rel=\"prev\"", link);
    }

    [Theory]
    [InlineData("page=0")]
    [InlineData("pageSize=1000")]
    [InlineData("page=1.5")]
    public async Task List_WithABadPageOrSize_Is400(string query)
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));

        var response = await app.CreateClient().GetAsync($"{Indicators}?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/v1/countries/mx/plans/NAP-9/indicators")]
    [InlineData("/api/v1/countries/zz/plans/NAP-1325/indicators")]
    [InlineData("/api/v1/countries/mx/plans/NAP-1325/indicators?page=3")]
    [InlineData("/api/v1/countries/mx/plans/NAP-1325/indicators/XX-9")]
    public async Task UnknownPlanCountryPageOrIndicator_Is404(string path)
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));

        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync(path)).StatusCode);
    }

    [Theory, Providers]
    public async Task Detail_HasDefinitionValuesWithSeedSourcesAndTheRuleThatGaveTheStatus(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));

        var indicator = await app.CreateClient().GetFromJsonAsync<JsonElement>($"{Indicators}/par-1.1");

        Assert.Equal("PAR-1.1", indicator.GetProperty("code").GetString());
        Assert.Equal("Number", indicator.GetProperty("type").GetString());
        Assert.Equal("Increase", indicator.GetProperty("direction").GetString());
        Assert.Equal(["Sex"], indicator.GetProperty("dimensions").EnumerateArray().Select(d => d.GetString()));
        var values = indicator.GetProperty("values").EnumerateArray().ToList();
        Assert.Equal([119m, 200m], values.Select(v => v.GetProperty("value").GetDecimal()));
        Assert.Equal(["seed-001", "seed-002"], values.Select(v => v.GetProperty("source").GetProperty("key").GetString()));
        Assert.All(values, v => Assert.Equal("", v.GetProperty("disaggregation").GetString()));
        Assert.Equal("NoData", indicator.GetProperty("progress").GetProperty("status").GetString());
        Assert.Equal("NoTarget", indicator.GetProperty("progress").GetProperty("rule").GetString());
        Assert.Equal(2022, indicator.GetProperty("latest").GetProperty("year").GetInt32());
    }

    [Theory, Providers]
    public async Task Detail_WithTargetAndSexValues_ReturnsPublishedSlicesOnlyAndTheAssessment(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        await IndicatorTestData.AddTargetAndBaselineAsync(app.Database);
        await IndicatorTestData.AddSexValuesAsync(app.Database);

        var indicator = await client.GetFromJsonAsync<JsonElement>($"{Indicators}/PAR-1.1");

        var slices = indicator.GetProperty("values").EnumerateArray().Where(v => v.GetProperty("parts").GetArrayLength() > 0).ToList();
        var women = Assert.Single(slices);
        Assert.Equal("sex=female", women.GetProperty("disaggregation").GetString());
        Assert.Equal("Mujeres", women.GetProperty("parts")[0].GetProperty("label").GetString());
        Assert.Equal(60m, women.GetProperty("value").GetDecimal());
        var progress = indicator.GetProperty("progress");
        Assert.Equal("OnTrack", progress.GetProperty("status").GetString());
        Assert.Equal("OnOrAheadOfPath", progress.GetProperty("rule").GetString());
        Assert.Equal(200m, progress.GetProperty("expected").GetDecimal());
        Assert.Equal(2024, progress.GetProperty("target").GetProperty("year").GetInt32());
        Assert.Equal("Capacitados a 2024", indicator.GetProperty("targets")[0].GetProperty("description").GetString());
    }
}
