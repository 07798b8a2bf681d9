using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Avance.Tests.Infrastructure;

namespace Avance.Tests.Features;

public sealed class CountryApiTests
{
    [Theory, Providers]
    public async Task Countries_ListsMexicoWithItsPlanAndOutcomes(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));

        var countries = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/countries");

        var mexico = Assert.Single(countries.EnumerateArray(), c => c.GetProperty("iso2").GetString() == "mx");
        Assert.Equal(1, mexico.GetProperty("plans").GetInt32());
        Assert.True(mexico.GetProperty("outcomes").GetInt32() >= 6);
    }

    [Theory, Providers]
    public async Task Country_HasContextWithSourcesAndThePlanWithFourPillarsAndTenObjectives(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));

        var country = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/countries/mx");

        var context = country.GetProperty("context").EnumerateArray().ToList();
        Assert.Contains(context, c => c.GetProperty("code").GetString() == "cedaw-ratification" && c.GetProperty("value").GetDecimal() == 1981);
        Assert.Contains(context, c => c.GetProperty("code").GetString() == "global-gender-gap-rank"
            && c.GetProperty("value").GetDecimal() == 25 && c.GetProperty("outOf").GetDecimal() == 153 && c.GetProperty("year").GetInt32() == 2020);
        Assert.All(context, c => Assert.StartsWith("seed-", c.GetProperty("source").GetProperty("key").GetString()));
        var plan = Assert.Single(country.GetProperty("plans").EnumerateArray());
        var pillars = plan.GetProperty("pillars").EnumerateArray().ToList();
        Assert.Equal(["Prevention", "Participation", "Protection", "Relief and Recovery"], pillars.Select(p => p.GetProperty("name").GetString()));
        Assert.Equal([3, 4, 2, 1], pillars.Select(p => p.GetProperty("objectives").GetArrayLength()));
    }

    [Theory, Providers]
    public async Task Country_InSpanish_ComesInSpanish(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");

        var country = await client.GetFromJsonAsync<JsonElement>("/api/v1/countries/mx");

        Assert.Equal("México", country.GetProperty("country").GetProperty("name").GetString());
        Assert.Equal("Prevención", country.GetProperty("plans")[0].GetProperty("pillars")[0].GetProperty("name").GetString());
    }

    [Theory, Providers]
    public async Task Outcomes_CarryTheFiveIatiIdentifiers(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));

        var outcomes = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/countries/mx/outcomes");

        var identifiers = outcomes.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("iatiIdentifier").GetString()).ToList();
        foreach (var suffix in new[] { "1.1", "2.1", "2.2", "2.3", "3.1" })
            Assert.Contains($"XM-DAC-41146-MEX_D_{suffix}", identifiers);
    }

    [Theory, Providers]
    public async Task Funding_Has2021ContributionsOfTheThreePartners(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));

        var funding = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/countries/mx/funding");

        var totals2021 = funding.EnumerateArray().Where(r => r.GetProperty("year").GetInt32() == 2021)
            .Select(r => r.GetProperty("total").GetDecimal()).Order().ToList();
        Assert.Equal([26853m, 103629m, 233092m], totals2021);
        Assert.All(funding.EnumerateArray(), r => Assert.Equal(0m, r.GetProperty("humanitarian").GetDecimal()));
    }

    [Theory, Providers]
    public async Task UnknownCountry_Is404(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/countries/zz")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/countries/zz/outcomes")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/countries/zz/funding")).StatusCode);
    }
}
