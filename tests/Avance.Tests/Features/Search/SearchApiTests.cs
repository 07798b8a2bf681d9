using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Avance.Tests.Infrastructure;

namespace Avance.Tests.Features.Search;

public sealed class SearchApiTests
{
    [Theory, Providers]
    public async Task Api_ReturnsPlainSegments_PreferredLanguageFirst_AndALinkHeader(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");

        var response = await client.GetAsync("/api/v1/search?q=genero&pageSize=3");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((1, 3), (body.GetProperty("page").GetInt32(), body.GetProperty("pageSize").GetInt32()));
        Assert.True(body.GetProperty("total").GetInt32() > 3);
        var first = body.GetProperty("items")[0];
        Assert.Equal("es", first.GetProperty("language").GetString());
        Assert.StartsWith("/countries/mx/", first.GetProperty("path").GetString());
        Assert.Contains(first.GetProperty("snippet").EnumerateArray(),
            s => s.GetProperty("isMatch").GetBoolean() && s.GetProperty("text").GetString() == "género");
        var link = string.Join(",", response.Headers.GetValues("Link"));
        Assert.Contains("rel=\"next\"", link);
        Assert.Contains("q=genero", link);
    }

    [Theory, Providers]
    public async Task Api_BadInput_IsProblemDetailsInTheRequestedLanguage_NeverA500(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");

        var cases = new (string Query, HttpStatusCode Status, string? Detail)[]
        {
            ("", HttpStatusCode.BadRequest, "Indique qué buscar en el parámetro q"),
            ("?q=%20", HttpStatusCode.BadRequest, "Indique qué buscar en el parámetro q"),
            ("?q=" + new string('x', 10_000), HttpStatusCode.BadRequest, "demasiado largo"),
            ("?q=paz&page=0", HttpStatusCode.BadRequest, "El número de página debe ser 1 o mayor."),
            ("?q=paz&pageSize=101", HttpStatusCode.BadRequest, "El tamaño de página debe estar entre 1 y 100."),
            ("?q=paz&page=2147483647", HttpStatusCode.NotFound, null),
        };
        foreach (var (query, status, detail) in cases)
        {
            var response = await client.GetAsync("/api/v1/search" + query);
            Assert.Equal(status, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            if (detail is not null) Assert.Contains(detail, await response.Content.ReadAsStringAsync());
        }
    }

    [Theory, Providers]
    public async Task Api_HostileQueries_AreOrdinarySearches(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();

        foreach (var query in new[] { "\"", "' OR 1=1 --", "NEAR(a b)", "*", "a AND", "^paz:*", "(mujeres", "🕊️" })
        {
            var response = await client.GetAsync("/api/v1/search?q=" + Uri.EscapeDataString(query));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task OpenApi_DescribesTheSearchEndpoint()
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));

        var document = await app.CreateClient().GetStringAsync("/openapi/v1.json");

        Assert.Contains("\"/api/v1/search\"", document);
    }
}
