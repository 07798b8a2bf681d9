using System.Net;
using Avance.Tests.Infrastructure;

namespace Avance.Tests.Features;

public sealed class PageTests
{
    [Theory, Providers]
    public async Task CountryPage_InBothLanguages_ShowsPillarsOutcomesAndFunding(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();

        var english = await client.GetStringAsync("/en/countries/mx");
        var spanish = await client.GetStringAsync("/es/countries/mx");

        Assert.Contains("<html lang=\"en\"", english);
        foreach (var text in new[] { "Prevention", "Participation", "Protection", "Relief and Recovery", "XM-DAC-41146-MEX_D_3.1", "$26,853", "$103,629", "$233,092" })
            Assert.Contains(text, english);
        Assert.Contains("<html lang=\"es\"", spanish);
        foreach (var text in new[] { "México", "Prevención", "Participación", "Protección", "US$26.853", "Socios financiadores" })
            Assert.Contains(text, spanish);
        Assert.Equal(10, CountOf("data-objective=", english));
    }

    [Theory, Providers]
    public async Task Pages_ShowNoUntranslatedInterfaceText(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();

        foreach (var path in new[] { "/en", "/es", "/en/countries/mx", "/es/countries/mx" })
            Assert.DoesNotContain("⟦", await client.GetStringAsync(path));
    }

    [Theory, Providers]
    public async Task Home_ListsMexico(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));

        var home = await app.CreateClient().GetStringAsync("/");

        Assert.Contains("href=\"/en/countries/mx\"", home);
    }

    [Theory, Providers]
    public async Task Health_IsOkWhenTheDatabaseAnswers(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));

        var response = await app.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task OpenApi_DescribesEveryApiEndpoint()
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));

        var document = await app.CreateClient().GetStringAsync("/openapi/v1.json");

        foreach (var path in new[] { "/api/v1/countries", "/api/v1/countries/{iso2}", "/api/v1/countries/{iso2}/outcomes", "/api/v1/countries/{iso2}/funding" })
            Assert.Contains($"\"{path}\"", document);
    }

    [Theory]
    [InlineData("/fr/countries/mx")]
    [InlineData("/en/countries/zz")]
    [InlineData("/en/countries/mexico")]
    public async Task UnknownPages_Are404(string path)
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));

        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task MissingPage_InSpanish_IsASpanish404Page()
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));

        var response = await app.CreateClient().GetAsync("/es/countries/zz");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"es\"", page);
        Assert.Contains("Página no encontrada", page);
        Assert.Contains("href=\"/en/countries/zz\"", page);
    }

    [Fact]
    public async Task MissingApiResource_IsProblemDetailsInTheRequestedLanguage()
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");

        var response = await client.GetAsync("/api/v1/countries/zz");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Página no encontrada", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/api/v1/countries/mx")]
    [InlineData("/en/countries/mx/results/outcomes.csv")]
    public async Task PostingToAReadOnlyAddress_Is405NotAServerError(string path)
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));

        var response = await app.CreateClient().PostAsync(path, new StringContent(""));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    private static int CountOf(string needle, string haystack) =>
        (haystack.Length - haystack.Replace(needle, "", StringComparison.Ordinal).Length) / needle.Length;
}
