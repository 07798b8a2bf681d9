using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Avance.Tests.Infrastructure;

namespace Avance.Tests.Web.Downloads;

public sealed class TableDownloadTests
{
    private static readonly decimal[] Totals2021 = [26853m, 103629m, 233092m];
    private static readonly string[] IatiIdentifiers = [.. new[] { "1.1", "2.1", "2.2", "2.3", "3.1" }.Select(s => $"XM-DAC-41146-MEX_D_{s}")];

    [Theory, Providers]
    public async Task Outcomes_AsCsv_HaveTheFiveIatiIdentifiers_InANamedUtf8FileWithBom(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));

        var response = await app.CreateClient().GetAsync("/en/countries/mx/results/outcomes.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("mx-outcomes-en.csv", response.Content.Headers.ContentDisposition.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(DownloadedFile.Utf8Bom, bytes[..3]);
        var rows = DownloadedFile.Csv(bytes);
        Assert.All(IatiIdentifiers, id => Assert.Contains(rows, r => r["iati_identifier"] == id));
        Assert.Equal(["id", "iati_identifier", "summary", "status", "latest_progress_year"], DownloadedFile.CsvHeader(bytes));
    }

    [Theory, Providers]
    public async Task Funding_InEveryFormat_HasThe2021ContributionsThePageAndApiShow(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();
        var api = await client.GetFromJsonAsync<JsonElement>("/api/v1/countries/mx/funding");

        var csv = DownloadedFile.Csv(await client.GetByteArrayAsync("/en/countries/mx/results/funding.csv"));
        var xlsx = DownloadedFile.Xlsx(await client.GetByteArrayAsync("/en/countries/mx/results/funding.xlsx"));
        var json = DownloadedFile.Json(await client.GetByteArrayAsync("/en/countries/mx/results/funding.json"));

        Assert.Equal(Totals2021, csv.Where(r => r["year"] == "2021").Select(r => decimal.Parse(r["total"])).Order());
        Assert.Equal(Totals2021, xlsx.Where(r => (decimal)r["year"] == 2021).Select(r => (decimal)r["total"]).Order());
        Assert.Equal(Totals2021, json.Where(r => r.GetProperty("year").GetInt32() == 2021).Select(r => r.GetProperty("total").GetDecimal()).Order());
        Assert.Equal(api.GetArrayLength(), csv.Count);
        Assert.Equal(csv.Count, xlsx.Count);
        Assert.Equal(csv.Count, json.Count);
        Assert.Contains(csv, r => r["partner"] == "Government of Mexico" && r["total"] == "103629" && r["source_key"] == "seed-002");
    }

    [Theory, Providers]
    public async Task Outcomes_AsXlsxAndJson_HaveTheFiveIatiIdentifiers(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();

        var xlsxResponse = await client.GetAsync("/en/countries/mx/results/outcomes.xlsx");
        var jsonResponse = await client.GetAsync("/en/countries/mx/results/outcomes.json");

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsxResponse.Content.Headers.ContentType!.MediaType);
        Assert.Equal("mx-outcomes-en.xlsx", xlsxResponse.Content.Headers.ContentDisposition!.FileName);
        Assert.Equal("application/json", jsonResponse.Content.Headers.ContentType!.MediaType);
        Assert.Equal("mx-outcomes-en.json", jsonResponse.Content.Headers.ContentDisposition!.FileName);
        var xlsx = DownloadedFile.Xlsx(await xlsxResponse.Content.ReadAsByteArrayAsync());
        var json = DownloadedFile.Json(await jsonResponse.Content.ReadAsByteArrayAsync());
        Assert.All(IatiIdentifiers, id => Assert.Contains(xlsx, r => r.GetValueOrDefault("iati_identifier") as string == id));
        Assert.All(IatiIdentifiers, id => Assert.Contains(json, r => r.GetProperty("iati_identifier").GetString() == id));
        Assert.All(xlsx, r => Assert.IsType<decimal>(r["id"]));
    }

    [Theory, Providers]
    public async Task Outcomes_InSpanish_HaveSpanishSummaries_InASpanishFile(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();

        var response = await client.GetAsync("/es/countries/mx/results/outcomes.csv");
        var spanish = DownloadedFile.Csv(await response.Content.ReadAsByteArrayAsync());
        var english = DownloadedFile.Csv(await client.GetByteArrayAsync("/en/countries/mx/results/outcomes.csv"));

        Assert.Equal("mx-outcomes-es.csv", response.Content.Headers.ContentDisposition!.FileName);
        var planning = Assert.Single(spanish, r => r["iati_identifier"] == "XM-DAC-41146-MEX_D_1.1");
        Assert.StartsWith("Para 2025, el Estado mexicano planifica", planning["summary"]);
        Assert.Equal(english.Select(r => r["id"]), spanish.Select(r => r["id"]));
        Assert.Equal(english.Select(r => r["status"]), spanish.Select(r => r["status"]));
    }

    [Theory, Providers]
    public async Task Outcomes_WithTheResultsListsFilters_HoldEveryPageOfTheFilteredList(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();
        var api = await client.GetFromJsonAsync<JsonElement>("/api/v1/countries/mx/outcomes?year=2022&pageSize=100");

        var rows = await TableFiles.GetAsync(client, "/en/countries/mx/results/outcomes", "?year=2022");
        var unfiltered = await TableFiles.GetAsync(client, "/en/countries/mx/results/outcomes");

        Assert.Equal(api.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture)),
            rows.Select(r => r["id"]));
        Assert.NotEmpty(rows);
        Assert.True(rows.Count < unfiltered.Count);
    }

    [Theory, Providers]
    public async Task Outcomes_WithABadFilter_Are400_ExplainedInTheAddresssLanguage(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));

        var response = await app.CreateClient().GetAsync("/es/countries/mx/results/outcomes.json?status=Maybe");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Content.Headers.ContentDisposition);
        Assert.Contains("<html lang=\"es\"", await response.Content.ReadAsStringAsync());
    }

    [Theory, Providers]
    public async Task ContextAndPlanObjectives_Download_WithTheFiguresAndTheTenObjectives(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();

        var context = DownloadedFile.Csv(await client.GetByteArrayAsync("/en/countries/mx/context.csv"));
        var objectives = DownloadedFile.Csv(await client.GetByteArrayAsync("/es/countries/mx/plans/objectives.csv"));

        Assert.Contains(context, r => r["code"] == "cedaw-ratification" && r["value"] == "1981");
        Assert.Contains(context, r => r["code"] == "global-gender-gap-rank" && r["value"] == "25" && r["out_of"] == "153" && r["year"] == "2020");
        Assert.Equal(10, objectives.Count);
        Assert.Equal([3, 4, 2, 1], objectives.GroupBy(r => r["pillar_number"]).Select(g => g.Count()));
        Assert.Equal("Prevención", objectives[0]["pillar"]);
    }

    [Theory, Providers]
    public async Task UnknownCountry_Is404_InEveryFormat(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();

        foreach (var path in new[] { "results/outcomes.csv", "results/funding.xlsx", "context.json", "plans/objectives.csv", "data-package.zip" })
        {
            var response = await client.GetAsync($"/es/countries/zz/{path}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Null(response.Content.Headers.ContentDisposition);
        }
    }
}
