using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Avance.Tests.Infrastructure;

namespace Avance.Tests.Features.Programmes;

public sealed class ProgrammePageTests
{
    private const string Mucpaz = "/en/countries/mx/programmes/mucpaz";

    [Theory, Providers]
    public async Task Map_For2023Presence_Has11StatesWithAValueAnd21Without(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));

        var page = await Page(app, Mucpaz + "?year=2023&metric=presence");

        var states = page.QuerySelectorAll("svg.map path[data-state]");
        Assert.Equal(32, states.Length);
        var valued = states.Where(p => p.HasAttribute("data-value")).Select(p => p.GetAttribute("data-state")).Order().ToList();
        Assert.Equal(["01", "02", "03", "07", "08", "12", "13", "14", "25", "26", "31"], valued);
        Assert.Equal(21, states.Count(p => !p.HasAttribute("data-value")));
        Assert.Equal(11, page.QuerySelectorAll("table[data-table=state-figures] tr[data-state]").Length);
        Assert.Contains("No data", page.QuerySelector(".map-legend")!.TextContent);
    }

    [Theory, Providers]
    public async Task Page_WithoutChoices_ShowsTheLatestYearAndTheMetricMappedMost(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));

        var page = await Page(app, Mucpaz);

        Assert.Equal("2023", page.QuerySelector("select#year option[selected]")!.GetAttribute("value"));
        Assert.Equal("presence", page.QuerySelector("select#metric option[selected]")!.GetAttribute("value"));
        Assert.Equal(11, page.QuerySelectorAll("svg.map path[data-value]").Length);
        Assert.Equal("get", page.QuerySelector("form.programme-filters")!.GetAttribute("method"));
        Assert.NotNull(page.QuerySelector("label[for=year]"));
        Assert.NotNull(page.QuerySelector("label[for=metric]"));
    }

    [Theory, Providers]
    public async Task NationalFigures_2021_ShowDisagreeingSourcesSideBySide(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));

        var page = await Page(app, Mucpaz + "?year=2021");

        var networks = page.QuerySelectorAll("table[data-table=national-figures] tbody[data-metric=networks] tr")
            .Select(row => (Value: row.GetAttribute("data-value"), Source: row.GetAttribute("data-source"), Cells: row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()))
            .ToList();
        Assert.Equal(3, networks.Count);
        var article = networks.Single(r => r.Value == "217");
        var notes = networks.Single(r => r.Value == "80");
        Assert.Equal("seed-004", article.Source);
        Assert.Equal("seed-001", notes.Source);
        Assert.Equal(["217", "FORTASEG"], article.Cells.Take(2));
        Assert.Equal(["80", "Whole programme"], notes.Cells.Take(2));
        Assert.Contains("Inmujeres", article.Cells[2]);
        Assert.Contains("outcome progress notes", notes.Cells[2]);
        Assert.Contains(networks, r => r.Value == "40" && r.Cells[1] == "FASP");
        Assert.Contains("2 sources", page.QuerySelector("tbody[data-metric=networks] th")!.TextContent);
    }

    [Theory, Providers]
    public async Task NationalFigures_LowerBounds_ReadMoreThan_AndMoneyHasItsCurrency(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));

        var english = (await Page(app, Mucpaz + "?year=2021")).QuerySelector("table[data-table=national-figures]")!.TextContent;
        var spanish = (await Page(app, "/es/countries/mx/programmes/mucpaz?year=2021")).QuerySelector("table[data-table=national-figures]")!.TextContent;

        Assert.Contains("more than 1,500", english);
        Assert.Contains("more than MX$123,000,000", english);
        Assert.Contains("MX$9,000,000", english);
        Assert.Contains("más de 1.500", spanish);
        Assert.Contains("más de MX$123.000.000", spanish);
    }

    [Theory, Providers]
    public async Task Page_InSpanish_IsInSpanishThroughout(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();

        var html = await client.GetStringAsync("/es/countries/mx/programmes/mucpaz");

        Assert.Contains("<html lang=\"es\"", html);
        foreach (var text in new[] { "Redes de Mujeres Constructoras de Paz", "Presencia de redes por estado, 2023", "Sin datos", "Redes instaladas", "Cifras nacionales, 2023", "más de 22.000", "Instituto Nacional de las Mujeres" })
            Assert.Contains(text, html);
        Assert.Contains("href=\"/en/countries/mx/programmes/mucpaz\"", html);
    }

    [Theory, Providers]
    public async Task Pages_ShowNoUntranslatedInterfaceText(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();

        foreach (var language in new[] { "en", "es" })
            foreach (var path in new[] { "/programmes", "/programmes/mucpaz", "/programmes/mucpaz?year=2021&metric=investment" })
                Assert.DoesNotContain("⟦", await client.GetStringAsync($"/{language}/countries/mx{path}"));
    }

    [Theory, Providers]
    public async Task ProgrammeList_LinksEachProgrammeWithItsLeadAndYears(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));

        var page = await Page(app, "/es/countries/mx/programmes");

        var item = page.QuerySelector("li[data-programme=MUCPAZ]")!;
        Assert.Equal("/es/countries/mx/programmes/mucpaz", item.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Redes de Mujeres Constructoras de Paz", item.QuerySelector("a")!.TextContent);
        Assert.Contains("2023, 2021", item.TextContent);
        Assert.Contains("Instituto Nacional de las Mujeres", item.TextContent);
    }

    [Theory]
    [InlineData("/en/countries/mx/programmes/MUCPAZ")]
    [InlineData("/en/countries/mx/programmes/Mucpaz?year=2021&metric=NETWORKS")]
    public async Task Page_IgnoresCaseInCodeAndMetric(string path)
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));

        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync(path)).StatusCode);
    }

    [Theory]
    [InlineData("/en/countries/mx/programmes/nope")]
    [InlineData("/en/countries/zz/programmes/mucpaz")]
    [InlineData("/en/countries/zz/programmes")]
    [InlineData("/fr/countries/mx/programmes/mucpaz")]
    public async Task UnknownProgrammeOrCountry_Is404(string path)
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));

        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync(path)).StatusCode);
    }

    [Theory]
    [InlineData("?year=abc", "The year must be a number from 1900 to 2100.")]
    [InlineData("?year=2019", "This programme has figures for these years only: 2023, 2021.")]
    [InlineData("?metric=stars", "The metric must be one of: networks, members, municipalities, states, investment, presence.")]
    [InlineData("?metric=1", "The metric must be one of")]
    public async Task BadYearOrMetric_Is400ThatSaysWhy(string query, string explanation)
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));

        var response = await app.CreateClient().GetAsync(Mucpaz + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(explanation, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task BadYear_InSpanish_IsExplainedInSpanish()
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));

        var response = await app.CreateClient().GetAsync("/es/countries/mx/programmes/mucpaz?year=abc");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("El año debe ser un número entre 1900 y 2100.", await response.Content.ReadAsStringAsync());
    }

    private static async Task<IDocument> Page(AvanceApp app, string path)
    {
        var html = await app.CreateClient().GetStringAsync(path);
        return new HtmlParser().ParseDocument(html);
    }
}
