using System.Net;
using Avance.Tests.Infrastructure;

namespace Avance.Tests.Web.Downloads;

/// <summary>Download addresses sit beside page addresses with parameters (/plans/{code}, /programmes/{code}): each must reach its own endpoint.</summary>
public sealed class DownloadRoutesTests
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [Fact]
    public async Task DownloadAddresses_AndThePageAddressesBesideThem_EachReachTheirOwnEndpoint()
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));
        var client = app.CreateClient();
        (string Path, string MediaType)[] addresses =
        [
            ("/en/countries/mx/plans/objectives.csv", "text/csv"),
            ("/en/countries/mx/plans/activities.csv", "text/csv"),
            ("/en/countries/mx/plans/indicators.json", "application/json"),
            ("/en/countries/mx/plans/indicator-values.xlsx", Xlsx),
            ("/en/countries/mx/plans/NAP-1325", "text/html"),
            ("/en/countries/mx/plans/NAP-1325/activities.csv", "text/csv"),
            ("/en/countries/mx/plans/NAP-1325/indicators.csv", "text/csv"),
            ("/en/countries/mx/plans/NAP-1325/indicators/PAR-1.1", "text/html"),
            ("/en/countries/mx/plans/NAP-1325/indicators/PAR-1.1/values.csv", "text/csv"),
            ("/en/countries/mx/plans/NAP-1325/indicators/PAR-1.1/targets.json", "application/json"),
            ("/en/countries/mx/programmes", "text/html"),
            ("/en/countries/mx/programmes/figures.csv", "text/csv"),
            ("/en/countries/mx/programmes/mucpaz", "text/html"),
            ("/en/countries/mx/programmes/mucpaz/figures.xlsx", Xlsx),
            ("/en/countries/mx/results", "text/html"),
            ("/en/countries/mx/results/progress-notes.csv", "text/csv"),
            ("/en/countries/mx/results/1", "text/html"),
            ("/en/countries/mx/results/1/progress-notes.csv", "text/csv"),
        ];

        foreach (var (path, mediaType) in addresses)
        {
            var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
            Assert.True(mediaType == response.Content.Headers.ContentType?.MediaType, $"{path}: {response.Content.Headers.ContentType}");
            Assert.Equal(mediaType != "text/html", response.Content.Headers.ContentDisposition is not null);
        }
    }
}
