using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Avance.Tests.Infrastructure;

namespace Avance.Tests.Web.Downloads;

public sealed class DataPackageTests
{
    private static readonly string[] FrictionlessTypes = ["string", "integer", "number", "date", "datetime", "boolean"];

    [Theory, Providers]
    public async Task DataPackage_HoldsEveryCsvItLists_AndDescribesEveryField(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));

        var response = await app.CreateClient().GetAsync("/en/countries/mx/data-package.zip");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("mx-data-package-en.zip", response.Content.Headers.ContentDisposition!.FileName);
        var files = DownloadedFile.Zip(await response.Content.ReadAsByteArrayAsync());
        var package = JsonDocument.Parse(files["datapackage.json"]).RootElement;
        Assert.Equal("tabular-data-package", package.GetProperty("profile").GetString());
        Assert.Matches("^[a-z0-9._-]+$", package.GetProperty("name").GetString());
        Assert.Contains("Mexico", package.GetProperty("title").GetString());
        Assert.NotEmpty(package.GetProperty("licenses").EnumerateArray());
        var resources = package.GetProperty("resources").EnumerateArray().ToList();
        Assert.Equal(["context", "plan-objectives", "plan-activities", "plan-indicators", "indicator-values", "outcomes", "progress-notes", "funding",
            "programme-figures"], resources.Select(r => r.GetProperty("name").GetString()));
        foreach (var resource in resources)
        {
            var path = resource.GetProperty("path").GetString()!;
            Assert.True(files.ContainsKey(path), $"{path} is listed but not in the zip");
            Assert.Equal("csv", resource.GetProperty("format").GetString());
            Assert.Equal("text/csv", resource.GetProperty("mediatype").GetString());
            var fields = resource.GetProperty("schema").GetProperty("fields").EnumerateArray().ToList();
            Assert.Equal(fields.Select(f => f.GetProperty("name").GetString()), DownloadedFile.CsvHeader(files[path]));
            Assert.All(fields, f =>
            {
                Assert.Contains(f.GetProperty("type").GetString(), FrictionlessTypes);
                var description = f.GetProperty("description").GetString();
                Assert.False(string.IsNullOrWhiteSpace(description), f.GetProperty("name").GetString());
                Assert.DoesNotContain("⟦", description);
            });
        }
        Assert.Equal(resources.Count + 1, files.Count);
        var funding = DownloadedFile.Csv(files["funding.csv"]);
        Assert.Equal([26853m, 103629m, 233092m], funding.Where(r => r["year"] == "2021").Select(r => decimal.Parse(r["total"])).Order());
    }

    [Theory, Providers]
    public async Task DataPackage_HoldsThePlansIndicatorValuesProgrammeFiguresAndEveryOutcomesNotes(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();
        var justice = (await Features.Results.ResultsTestData.JusticeOutcomeIdAsync(app)).ToString(System.Globalization.CultureInfo.InvariantCulture);

        // The package's own query string filters nothing: its files are whole tables.
        var files = DownloadedFile.Zip(await client.GetByteArrayAsync("/en/countries/mx/data-package.zip?year=2021&status=Achieved"));

        Assert.Equal(2, DownloadedFile.Csv(files["plan-activities.csv"]).Count);
        Assert.Contains(DownloadedFile.Csv(files["plan-indicators.csv"]), r => r["code"] == "PAR-4.1" && r["progress_status"] == "NoData");
        Assert.Equal(["119", "200"], DownloadedFile.Csv(files["indicator-values.csv"]).Where(r => r["indicator_code"] == "PAR-1.1").Select(r => r["value"]));
        var networks = DownloadedFile.Csv(files["programme-figures.csv"]).Where(r => r["year"] == "2021" && r["metric"] == "Networks").ToList();
        Assert.Contains(networks, r => r["value"] == "217" && r["source_key"] == "seed-004");
        Assert.Contains(networks, r => r["value"] == "80" && r["source_key"] == "seed-001");
        Assert.Equal(["2024", "2023", "2022", "2021"],
            DownloadedFile.Csv(files["progress-notes.csv"]).Where(r => r["outcome_id"] == justice).Select(r => r["year"]));
        var outcomes = await client.GetFromJsonAsync<JsonElement>("/api/v1/countries/mx/outcomes");
        Assert.Equal(outcomes.GetProperty("total").GetInt32(), DownloadedFile.Csv(files["outcomes.csv"]).Count);
    }

    [Theory, Providers]
    public async Task DataPackage_InSpanish_DescribesItselfAndItsFieldsInSpanish(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var client = app.CreateClient();

        var spanish = DownloadedFile.Zip(await client.GetByteArrayAsync("/es/countries/mx/data-package.zip"));
        var english = DownloadedFile.Zip(await client.GetByteArrayAsync("/en/countries/mx/data-package.zip"));

        var es = JsonDocument.Parse(spanish["datapackage.json"]).RootElement;
        var en = JsonDocument.Parse(english["datapackage.json"]).RootElement;
        Assert.Contains("México", es.GetProperty("title").GetString());
        Assert.Equal(Descriptions(en).Count, Descriptions(es).Count);
        Assert.All(Descriptions(en).Zip(Descriptions(es)), pair => Assert.NotEqual(pair.First, pair.Second));
        Assert.Contains(DownloadedFile.Csv(spanish["plan-objectives.csv"]), r => r["pillar"] == "Prevención");
    }

    private static List<string?> Descriptions(JsonElement package) =>
    [
        .. package.GetProperty("resources").EnumerateArray()
            .SelectMany(r => r.GetProperty("schema").GetProperty("fields").EnumerateArray())
            .Select(f => f.GetProperty("description").GetString()),
    ];
}
