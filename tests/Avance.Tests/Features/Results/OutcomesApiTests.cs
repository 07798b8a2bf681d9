using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Avance.Tests.Infrastructure;

namespace Avance.Tests.Features.Results;

public sealed class OutcomesApiTests
{
    [Theory, Providers]
    public async Task Outcomes_ComeInPagesWithTheirTotalAndALinkHeader(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));

        var response = await app.CreateClient().GetAsync("/api/v1/countries/mx/outcomes?pageSize=3&page=2");

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(3, body.GetProperty("items").GetArrayLength());
        Assert.Equal(2, body.GetProperty("page").GetInt32());
        Assert.Equal(3, body.GetProperty("pageSize").GetInt32());
        Assert.Equal(10, body.GetProperty("total").GetInt32());
        Assert.Equal("XM-DAC-41146-MEX_D_2.3", body.GetProperty("items")[0].GetProperty("iatiIdentifier").GetString());
        var link = string.Join(", ", response.Headers.GetValues("Link"));
        Assert.Contains("</api/v1/countries/mx/outcomes?pageSize=3&page=1>; rel=\"prev\"", link);
        Assert.Contains("</api/v1/countries/mx/outcomes?pageSize=3&page=3>; rel=\"next\"", link);
        Assert.Contains("</api/v1/countries/mx/outcomes?pageSize=3&page=4>; rel=\"last\"", link);
    }

    [Theory, Providers]
    public async Task Outcomes_FilteredByYearStatusOrSdg_ReturnOnlyTheMatches(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();
        var justice = await ResultsTestData.JusticeOutcomeIdAsync(app);
        await ResultsTestData.AddSdgAllocationAsync(app, justice, 2024, "16.3", 5_000m);

        var in2023 = await client.GetFromJsonAsync<JsonElement>("/api/v1/countries/mx/outcomes?year=2023");
        var notAchieved = await client.GetFromJsonAsync<JsonElement>("/api/v1/countries/mx/outcomes?status=NotAchieved");
        var goal16 = await client.GetFromJsonAsync<JsonElement>("/api/v1/countries/mx/outcomes?sdg=16");
        var goal5 = await client.GetFromJsonAsync<JsonElement>("/api/v1/countries/mx/outcomes?sdg=5");

        foreach (var list in new[] { in2023, notAchieved, goal16 })
        {
            Assert.Equal(1, list.GetProperty("total").GetInt32());
            var outcome = Assert.Single(list.GetProperty("items").EnumerateArray());
            Assert.Equal(justice, outcome.GetProperty("id").GetInt32());
            Assert.Equal("NotAchieved", outcome.GetProperty("status").GetString());
            Assert.Equal(2024, outcome.GetProperty("latestProgressYear").GetInt32());
        }
        Assert.Equal(0, goal5.GetProperty("total").GetInt32());
        Assert.Empty(goal5.GetProperty("items").EnumerateArray());
    }

    [Theory]
    [InlineData("page=0", "The page number must be 1 or more.")]
    [InlineData("pageSize=500", "The page size must be between 1 and 100.")]
    [InlineData("year=20x4", "The year must be a whole number between 1900 and 2100.")]
    [InlineData("sdg=0", "The Sustainable Development Goal must be a number from 1 to 17.")]
    [InlineData("status=Finished", "The status must be one of NotAssessed, Achieved, PartlyAchieved or NotAchieved.")]
    public async Task Outcomes_BadQuery_Is400ProblemDetailsThatSaysWhy(string query, string detail)
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));

        var response = await app.CreateClient().GetAsync($"/api/v1/countries/mx/outcomes?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(detail, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Outcomes_BadQueryInSpanish_IsExplainedInSpanish()
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");

        var response = await client.GetAsync("/api/v1/countries/mx/outcomes?sdg=99");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("debe ser un número del 1 al 17", await response.Content.ReadAsStringAsync());
    }

    [Theory, Providers]
    public async Task Outcome_Detail_CarriesNotesFundingAndEveryTableOfThePage(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();
        var justice = await ResultsTestData.JusticeOutcomeIdAsync(app);

        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/v1/countries/mx/outcomes/{justice}");

        Assert.Equal(JsonValueKind.Null, detail.GetProperty("outcome").GetProperty("iatiIdentifier").ValueKind);
        var notes = detail.GetProperty("progressNotes").EnumerateArray().ToList();
        Assert.Equal([2024, 2023, 2022, 2021], notes.Select(n => n.GetProperty("year").GetInt32()));
        Assert.Equal(["NotAchieved", "NotAchieved", "PartlyAchieved", "NotAssessed"], notes.Select(n => n.GetProperty("assessment").GetString()));
        Assert.All(notes, n => Assert.Equal("seed-002", n.GetProperty("source").GetProperty("key").GetString()));
        var totals2021 = detail.GetProperty("funding").EnumerateArray().Where(r => r.GetProperty("year").GetInt32() == 2021)
            .Select(r => r.GetProperty("total").GetDecimal()).Order().ToList();
        Assert.Equal([26_853m, 103_629m, 233_092m], totals2021);
        var year2021 = Assert.Single(detail.GetProperty("fundingByYear").EnumerateArray(), r => r.GetProperty("year").GetInt32() == 2021);
        Assert.Equal(363_574m, year2021.GetProperty("development").GetDecimal());
        foreach (var empty in new[] { "resources", "sdgAllocations", "indicators", "strategicPlan" })
            Assert.Empty(detail.GetProperty(empty).EnumerateArray());
    }

    [Fact]
    public async Task Outcome_UnknownOrInAnUnknownCountry_Is404ProblemDetails()
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));
        var client = app.CreateClient();

        var unknown = await client.GetAsync("/api/v1/countries/mx/outcomes/99999");
        var elsewhere = await client.GetAsync("/api/v1/countries/zz/outcomes/1");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
    }

    [Fact]
    public async Task OpenApi_DescribesTheOutcomeListWithItsFiltersAndTheOutcomeDetail()
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));

        var document = await app.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        var list = paths.GetProperty("/api/v1/countries/{iso2}/outcomes").GetProperty("get");
        var parameters = list.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Superset(new HashSet<string?> { "iso2", "page", "pageSize", "year", "sdg", "status" }, parameters.ToHashSet());
        Assert.True(paths.TryGetProperty("/api/v1/countries/{iso2}/outcomes/{id}", out _));
    }

    [Fact]
    public async Task Outcomes_PastTheLastPage_Is404()
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));

        var response = await app.CreateClient().GetAsync("/api/v1/countries/mx/outcomes?page=2");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
