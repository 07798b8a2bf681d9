using System.Net;
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
