using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Avance.Features.Reporting;
using Avance.Features.Review;
using Avance.Tests.Infrastructure;
using Avance.Tests.Web.Downloads;

namespace Avance.Tests.Features.Review;

/// <summary>Correcting a published value: a new revision with a reason that the public page shows as revised, with the earlier figure.</summary>
public sealed class CorrectionTests
{
    private const string PublicIndicator = "/countries/mx/plans/NAP-1325/indicators/PAR-1.1";

    [Theory, Providers]
    public async Task A_corrected_value_is_public_at_once_marked_revised_with_its_earlier_figure_and_reason(Provider provider)
    {
        await using var scene = await ReviewScene.CreateAsync(provider);
        var client = await scene.App.SignedInClientAsync(scene.Coordinator);
        var reader = scene.App.CreateClient();
        var value = await scene.MeasurementAsync("PAR-1.1", "2021");
        await reader.GetStringAsync("/en" + PublicIndicator);
        var page = $"/en/workspace/review/measurements/{value.Id}/correct";

        using var response = await client.PostFormAsync(page, new()
        {
            ["Value"] = "121", ["Version"] = value.Version.ToString(), ["Reason"] = "The ministry's final course list counts 121 officers.",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/en/workspace/review/measurements/{value.Id}?done=corrected", response.Headers.Location!.OriginalString);
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var english = await PageDocument.GetAsync(reader, "/en" + PublicIndicator);
        var cell = english.QuerySelector("tr[data-period='2021'][data-disaggregation=''] td.number")!;
        Assert.StartsWith("121", cell.TextContent);
        Assert.Equal(today, cell.QuerySelector(".revised")!.GetAttribute("data-revised-on"));
        Assert.StartsWith("revised on ", cell.QuerySelector(".revised")!.TextContent);
        Assert.StartsWith("119, published on ", cell.QuerySelector("[data-figure='0']")!.TextContent);
        Assert.EndsWith(": The ministry's final course list counts 121 officers.", cell.QuerySelector("[data-figure='1']")!.TextContent);
        Assert.Null(english.QuerySelector("tr[data-period='2022'] .revised"));
        var spanish = await PageDocument.GetAsync(reader, "/es" + PublicIndicator);
        Assert.StartsWith("revisado el ", spanish.QuerySelector("tr[data-period='2021'] .revised")!.TextContent);
        var api = await reader.GetFromJsonAsync<JsonElement>("/api/v1/countries/mx/plans/NAP-1325/indicators/PAR-1.1");
        var row = api.GetProperty("values").EnumerateArray().Single(v => v.GetProperty("period").GetString() == "2021");
        Assert.Equal((121m, today), (row.GetProperty("value").GetDecimal(), row.GetProperty("revisedOn").GetString()));
        Assert.Equal([119m, 121m], row.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("value").GetDecimal()));
        var entry = Assert.Single(await scene.HistoryAsync(ReviewItems.Measurement, value.Id));
        Assert.Equal(("measurement.correct", "The ministry's final course list counts 121 officers."), (entry.Action, entry.Reason));
        Assert.Contains("\"value\":119", entry.Before);
        Assert.Contains("\"value\":121", entry.After);
    }

    [Theory]
    [InlineData("PAR-1.1", "121", "", "reason", "Give the reason for the correction; readers will see it.")]
    [InlineData("PAR-1.1", "many", "Counted again.", "value", "The value must be a number, with a point for decimals.")]
    [InlineData("PAR-1.2", "130", "Counted again.", "value", "A percentage goes from 0 to 100.")]
    [InlineData("PAR-1.1", "119", "Counted again.", "value", "The corrected value is the one already published.")]
    public async Task A_correction_the_page_cannot_use_is_explained_at_its_field_and_keeps_what_was_typed(string code, string value, string reason,
        string field, string message)
    {
        await using var scene = await ReviewScene.CreateAsync(Provider.Sqlite);
        var client = await scene.App.SignedInClientAsync(scene.Coordinator);
        var measurement = await scene.MeasurementAsync(code, "2021");
        var page = $"/en/workspace/review/measurements/{measurement.Id}/correct";

        using var response = await client.PostFormAsync(page, new() { ["Value"] = value, ["Version"] = measurement.Version.ToString(), ["Reason"] = reason });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var shown = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal(message, shown.QuerySelector($"#{field}-problem")!.TextContent);
        Assert.Equal(reason, shown.QuerySelector("#reason")!.TextContent);
        Assert.Equal(measurement.Value, (await scene.MeasurementAsync(measurement.Id)).Value);
        Assert.Empty(await scene.HistoryAsync(ReviewItems.Measurement, measurement.Id));
    }

    [Theory, Providers]
    public async Task Through_the_api_only_a_published_value_is_corrected_and_from_its_current_version(Provider provider)
    {
        await using var scene = await ReviewScene.CreateAsync(provider);
        var api = await scene.App.ClientWithTokenAsync(scene.Coordinator);
        var published = await scene.MeasurementAsync("PRE-2.1", "2022");
        var approved = await scene.MeasurementAsync("PRE-2.1", "2024");

        using var corrected = await api.PostAsJsonAsync($"/api/v1/measurements/{published.Id}/corrections",
            new { value = 5600, version = published.Version, reason = "The judiciary's final figure." });
        using var stale = await api.PostAsJsonAsync($"/api/v1/measurements/{published.Id}/corrections",
            new { value = 5610, version = published.Version, reason = "Another count." });
        using var notPublished = await api.PostAsJsonAsync($"/api/v1/measurements/{approved.Id}/corrections",
            new { value = 5950, version = approved.Version, reason = "A later count." });
        var history = await api.GetFromJsonAsync<JsonElement>($"/api/v1/measurements/{published.Id}/history");

        Assert.Equal(HttpStatusCode.NoContent, corrected.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("conflict", (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Conflict, notPublished.StatusCode);
        Assert.Equal("measurement.cannot-correct", (await notPublished.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal((5600m, MeasurementStatus.Published), ((await scene.MeasurementAsync(published.Id)).Value!.Value, (await scene.MeasurementAsync(published.Id)).Status));
        Assert.Equal([5585m, 5600m], history.GetProperty("revisions").EnumerateArray().Select(r => r.GetProperty("value").GetDecimal()));
        Assert.Equal(MeasurementStatus.Approved, (await scene.MeasurementAsync(approved.Id)).Status);
    }
}
