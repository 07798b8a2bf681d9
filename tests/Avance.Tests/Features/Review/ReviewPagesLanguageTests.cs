using System.Net;
using System.Text.RegularExpressions;
using Avance.Tests.Infrastructure;
using Avance.Tests.Web;
using Microsoft.EntityFrameworkCore;

namespace Avance.Tests.Features.Review;

/// <summary>Every workspace page of the coordinator's side, in each language, shows no missing translation and no text of the other language.</summary>
public sealed partial class ReviewPagesLanguageTests
{
    [Theory]
    [InlineData("en", "es")]
    [InlineData("es", "en")]
    public async Task Every_review_page_is_wholly_in_its_language(string language, string other)
    {
        await using var scene = await ReviewScene.CreateAsync(Provider.Sqlite);
        var client = await scene.App.SignedInClientAsync(scene.Coordinator);
        var open = await scene.PeriodIdAsync("2025");
        var planned = await scene.PeriodIdAsync("2026");
        var closed = await scene.PeriodIdAsync("2024");
        var female = await scene.MeasurementAsync("PAR-1.1", "2025", "sex=female");
        var published = await scene.MeasurementAsync("PAR-1.1", "2021");
        var report = await scene.WithDbAsync(db => db.ActivityStatusReports.Where(r => r.ReportingPeriodId == open).Select(r => r.Id).FirstAsync());
        using var corrected = await client.PostFormAsync($"/en/workspace/review/measurements/{published.Id}/correct",
            new() { ["Value"] = "121", ["Version"] = published.Version.ToString(), ["Reason"] = "Recounted." });
        var foreign = UntranslatedTextTests.InterfaceSentences(other, language);
        string[] paths =
        [
            "/workspace", "/workspace/periods", "/workspace/periods/new", $"/workspace/periods/{open}", $"/workspace/periods/{planned}/open",
            $"/workspace/periods/{open}/open", $"/workspace/periods/{open}/close", $"/workspace/periods/{closed}/publish",
            $"/workspace/periods/{open}/publish", $"/workspace/periods/{open}/board", $"/workspace/periods/{open}/review",
            $"/workspace/periods/{open}/review/indicators/{female.IndicatorId}", $"/workspace/review/measurements/{female.Id}",
            $"/workspace/review/measurements/{published.Id}", $"/workspace/review/measurements/{published.Id}/correct",
            $"/workspace/review/measurements/{female.Id}/correct", $"/workspace/review/activity-reports/{report}",
            "/countries/mx/plans/NAP-1325/indicators/PAR-1.1",
        ];

        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        foreach (var path in paths.Select(p => $"/{language}{p}"))
        {
            var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
            var text = WebUtility.HtmlDecode(Tags().Replace(await response.Content.ReadAsStringAsync(), " "));
            Assert.DoesNotContain("⟦", text);
            var leaked = foreign.Where(text.Contains).ToList();
            Assert.True(leaked.Count == 0, $"{path} shows {other} interface text: {string.Join(" | ", leaked)}");
        }
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
