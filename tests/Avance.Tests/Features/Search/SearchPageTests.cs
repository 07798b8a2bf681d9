using System.Net;
using Avance.Tests.Infrastructure;

namespace Avance.Tests.Features.Search;

public sealed class SearchPageTests
{
    [Theory, Providers]
    public async Task SearchPage_InSpanish_ListsAndMarksAccentInsensitiveMatches(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));

        var page = await app.CreateClient().GetStringAsync("/es/search?q=CONSTRUCCION");

        Assert.Contains("<html lang=\"es\"", page);
        Assert.Contains("Resultados para «CONSTRUCCION»", page);
        Assert.Contains("Mostrando 1–", page);
        Assert.Contains("<mark>construcción</mark>", page);
        Assert.Contains("href=\"/es/countries/mx/plans/NAP-1325?tab=objectives#objective-1-3\"", page);
        Assert.Contains("Objetivo estratégico · español", page);
        Assert.DoesNotContain("⟦", page);
    }

    [Theory, Providers]
    public async Task SearchPage_InEnglish_LabelsSpanishResultsWithTheirLanguage(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));

        var page = await app.CreateClient().GetStringAsync("/en/search?q=construccion");

        Assert.Contains("Strategic objective · Spanish", page);
        Assert.Contains("<h3 lang=\"es\"><a href=\"/en/countries/mx/plans/NAP-1325?tab=objectives#objective-1-3\">Prevención 3</a></h3>", page);
        Assert.DoesNotContain("⟦", page);
    }

    [Theory, Providers]
    public async Task SearchPage_WithoutAQuery_ShowsOnlyTheLabelledForm(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();

        foreach (var (path, label) in new[] { ("/en/search", "Words to search for"), ("/es/search?q=+", "Palabras que buscar") })
        {
            var page = await client.GetStringAsync(path);
            Assert.Contains($"<label for=\"search-query\">{label}</label>", page);
            Assert.DoesNotContain("search-results", page);
        }
    }

    [Theory, Providers]
    public async Task SearchPage_WithNoMatch_SaysSoInTheAddressLanguage(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();

        var english = await client.GetStringAsync("/en/search?q=zzyzx");
        var spanish = await client.GetStringAsync("/es/search?q=zzyzx");
        var noWords = await client.GetStringAsync("/es/search?q=%2A");

        Assert.Contains("Nothing matches “zzyzx”.", english);
        Assert.Contains("Nada coincide con «zzyzx».", spanish);
        Assert.Contains("«*» no tiene palabras que buscar.", noWords);
    }

    [Theory, Providers]
    public async Task HostileQueries_AreAnsweredNormally_AndShownAsText(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();

        foreach (var query in new[] { "\"", "' OR 1=1 --", "NEAR(a b)", "*", "a AND", "género\" OR \"x", "'; DROP TABLE \"SearchEntries\"; --", "🕊️👩🏽‍⚖️", "<script>alert(1)</script>" })
        {
            var response = await client.GetAsync("/en/search?q=" + Uri.EscapeDataString(query));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain("<script>alert", await response.Content.ReadAsStringAsync());
        }
        Assert.Contains("<mark>género</mark>", await client.GetStringAsync("/en/search?q=" + Uri.EscapeDataString("'; género\" --")));
    }

    [Theory, Providers]
    public async Task TooLongQuery_Is400WithAnExplanationInTheAddressLanguage(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();

        var tenThousand = await client.GetAsync("/es/search?q=" + new string('a', 10_000));
        var justOver = await client.GetAsync("/en/search?q=" + new string('b', 201));

        Assert.Equal(HttpStatusCode.BadRequest, tenThousand.StatusCode);
        Assert.Contains("El texto de búsqueda es demasiado largo: puede tener como máximo 200 caracteres.", await tenThousand.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, justOver.StatusCode);
        Assert.Contains("The search text is too long: it can have at most 200 characters.", await justOver.Content.ReadAsStringAsync());
    }

    [Theory, Providers]
    public async Task SearchPage_PagesByTen_KeepingTheQuery(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();

        var first = await client.GetStringAsync("/en/search?q=mujeres");
        var second = await client.GetStringAsync("/en/search?q=mujeres&page=2");
        var badPage = await client.GetAsync("/en/search?q=mujeres&page=zero");
        var pastTheEnd = await client.GetAsync("/en/search?q=mujeres&page=999");

        Assert.Equal(10, CountOf("<li data-kind=", first));
        Assert.Contains("Showing 1–10 of ", first);
        Assert.Contains("href=\"/en/search?q=mujeres&amp;page=2\"", first);
        Assert.Contains("Showing 11–", second);
        Assert.Equal(HttpStatusCode.BadRequest, badPage.StatusCode);
        Assert.Contains("The page number must be 1 or more.", await badPage.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, pastTheEnd.StatusCode);
    }

    private static int CountOf(string needle, string haystack) =>
        (haystack.Length - haystack.Replace(needle, "", StringComparison.Ordinal).Length) / needle.Length;
}
