using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Avance.Tests.Infrastructure;

namespace Avance.Tests.Features.Programmes;

public sealed class ProgrammesApiTests
{
    private const string Mucpaz = "/api/v1/countries/mx/programmes/mucpaz";

    [Theory, Providers]
    public async Task List_HasMucpazWithItsLeadAndYears_InThePagedEnvelope(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));

        var response = await app.CreateClient().GetAsync("/api/v1/countries/mx/programmes");

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var programme = Assert.Single(body.GetProperty("items").EnumerateArray());
        Assert.Equal("MUCPAZ", programme.GetProperty("code").GetString());
        Assert.Equal("Women Peacebuilders Networks", programme.GetProperty("name").GetString());
        Assert.Equal("INMUJERES", programme.GetProperty("leadOrganisationAcronym").GetString());
        Assert.Equal([2023, 2021], programme.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()));
        Assert.Equal((1, 1), (body.GetProperty("page").GetInt32(), body.GetProperty("total").GetInt32()));
        Assert.Contains("rel=\"first\"", response.Headers.GetValues("Link").Single());
    }

    [Theory, Providers]
    public async Task Figures_2021NationalNetworks_AreThreeFiguresFromTwoSources(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));

        var body = await app.CreateClient().GetFromJsonAsync<JsonElement>(Mucpaz + "?year=2021&metric=networks&state=national");

        var figures = body.GetProperty("items").EnumerateArray()
            .Select(f => (Value: f.GetProperty("value").GetDecimal(), Channel: f.GetProperty("channel").GetString(), Source: f.GetProperty("source").GetProperty("key").GetString()))
            .OrderBy(f => f.Value).ToList();
        Assert.Equal([(40m, "FASP", "seed-004"), (80m, null, "seed-001"), (217m, "FORTASEG", "seed-004")], figures);
        Assert.All(body.GetProperty("items").EnumerateArray(), f =>
        {
            Assert.Equal("networks", f.GetProperty("metric").GetString());
            Assert.Equal(JsonValueKind.Null, f.GetProperty("stateCode").ValueKind);
        });
        Assert.Equal("MUCPAZ", body.GetProperty("programme").GetProperty("code").GetString());
        Assert.Contains("217", body.GetProperty("items").EnumerateArray().Select(f => f.GetProperty("value").GetRawText()));
    }

    [Theory, Providers]
    public async Task Figures_2023Presence_AreTheElevenStates(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();

        var presence = await client.GetFromJsonAsync<JsonElement>(Mucpaz + "?year=2023&metric=presence");
        var yucatan = await client.GetFromJsonAsync<JsonElement>(Mucpaz + "?state=31");

        var states = presence.GetProperty("items").EnumerateArray().Select(f => f.GetProperty("stateCode").GetString()).ToList();
        Assert.Equal(11, presence.GetProperty("total").GetInt32());
        Assert.Equal(["01", "02", "03", "07", "08", "12", "13", "14", "25", "26", "31"], states);
        var only = Assert.Single(yucatan.GetProperty("items").EnumerateArray());
        Assert.Equal(("Yucatán", "presence", 2023), (only.GetProperty("state").GetString(), only.GetProperty("metric").GetString(), only.GetProperty("year").GetInt32()));
    }

    [Theory, Providers]
    public async Task Figures_AreLowerBoundedAndInCurrencyWhereTheSourceSaysSo(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));

        var body = await app.CreateClient().GetFromJsonAsync<JsonElement>(Mucpaz + "?year=2021&metric=investment");

        var fortaseg = body.GetProperty("items").EnumerateArray().Single(f => f.GetProperty("channel").GetString() == "FORTASEG");
        Assert.Equal(123_000_000m, fortaseg.GetProperty("value").GetDecimal());
        Assert.True(fortaseg.GetProperty("isLowerBound").GetBoolean());
        Assert.Equal("MXN", fortaseg.GetProperty("currency").GetString());
    }

    [Theory, Providers]
    public async Task Figures_ArePagedWithALinkHeader(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();

        var response = await client.GetAsync(Mucpaz + "?page=2&pageSize=5");
        var all = await client.GetFromJsonAsync<JsonElement>(Mucpaz + "?pageSize=100");

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(5, body.GetProperty("items").GetArrayLength());
        Assert.Equal((2, 5), (body.GetProperty("page").GetInt32(), body.GetProperty("pageSize").GetInt32()));
        Assert.Equal(all.GetProperty("items").GetArrayLength(), body.GetProperty("total").GetInt32());
        Assert.Equal(26, all.GetProperty("total").GetInt32());
        var link = response.Headers.GetValues("Link").Single();
        Assert.Contains("<" + Mucpaz + "?page=3&pageSize=5>; rel=\"next\"", link);
        Assert.Contains("<" + Mucpaz + "?page=1&pageSize=5>; rel=\"prev\"", link);
    }

    [Theory, Providers]
    public async Task Figures_InSpanish_NameTheProgrammeInSpanish(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");

        var body = await client.GetFromJsonAsync<JsonElement>(Mucpaz + "?year=2023&state=national");

        Assert.Equal("Redes de Mujeres Constructoras de Paz", body.GetProperty("programme").GetProperty("name").GetString());
        Assert.Equal(3, body.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("/api/v1/countries/zz/programmes")]
    [InlineData("/api/v1/countries/zz/programmes/mucpaz")]
    [InlineData("/api/v1/countries/mx/programmes/nope")]
    [InlineData("/api/v1/countries/mx/programmes/mucpaz?page=9")]
    public async Task UnknownCountryProgrammeOrPage_Is404(string path)
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));

        var response = await app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("?year=abc", "The year must be a number from 1900 to 2100.")]
    [InlineData("?year=99999", "The year must be a number from 1900 to 2100.")]
    [InlineData("?metric=stars", "The metric must be one of: networks, members")]
    [InlineData("?metric=2", "The metric must be one of")]
    [InlineData("?state=99", "The state must be a state code of this country")]
    [InlineData("?page=0", "The page number must be 1 or more.")]
    [InlineData("?pageSize=1000", "The page size must be between 1 and 100.")]
    public async Task BadFilterOrPaging_Is400ProblemDetailsThatSaysWhy(string query, string explanation)
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));

        var response = await app.CreateClient().GetAsync(Mucpaz + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(explanation, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task OpenApi_DescribesTheProgrammeEndpoints()
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));

        var document = await app.CreateClient().GetStringAsync("/openapi/v1.json");

        Assert.Contains("\"/api/v1/countries/{iso2}/programmes\"", document);
        Assert.Contains("\"/api/v1/countries/{iso2}/programmes/{code}\"", document);
    }
}
