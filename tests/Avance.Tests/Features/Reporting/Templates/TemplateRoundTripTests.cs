using System.Net;
using System.Text.Json;
using Avance.Features.Reporting;
using Avance.Tests.Features.Reporting.Entry;
using Avance.Tests.Infrastructure;

namespace Avance.Tests.Features.Reporting.Templates;

public sealed class TemplateRoundTripTests
{
    [Theory, Providers]
    public async Task A_filled_template_is_checked_without_saving_then_applied_as_drafts_and_uploading_it_again_changes_nothing(Provider provider)
    {
        await using var scene = await ReportingScene.CreateAsync(provider);
        using var api = await scene.App.ClientWithTokenAsync(scene.FocalPoint);
        var file = Fill(TemplateWorkbook.Open(await DownloadAsync(scene)), scene);

        using var dryRun = await api.UploadAsync(scene, file, apply: false);
        var report = await Json(dryRun);
        Assert.Equal(HttpStatusCode.OK, dryRun.StatusCode);
        Assert.Equal(0, report.GetProperty("problems").GetArrayLength());
        Assert.Equal(3, report.GetProperty("changes").GetArrayLength());
        Assert.Empty(await scene.MeasurementsAsync(scene.Officers));

        using var applied = await api.UploadAsync(scene, file, apply: true);
        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        Assert.True((await Json(applied)).GetProperty("applied").GetBoolean());
        var saved = await scene.MeasurementsAsync(scene.Officers);
        Assert.Equal([36m, 83m, 119m], saved.Select(m => m.Value!.Value).Order());
        Assert.All(saved, m => Assert.Equal(MeasurementStatus.Draft, m.Status));
        Assert.Equal("Trained in 2025.", saved.Single(m => m.Disaggregation.IsTotal).Narrative!.In("en"));
        var revisions = saved.Sum(m => m.Revisions.Count);
        var audit = (await scene.AuditAsync("measurement")).Count;

        using var again = await api.UploadAsync(scene, file, apply: true);
        var second = await Json(again);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(0, second.GetProperty("changes").GetArrayLength());
        Assert.Equal(revisions, (await scene.MeasurementsAsync(scene.Officers)).Sum(m => m.Revisions.Count));
        Assert.Equal(audit, (await scene.AuditAsync("measurement")).Count);
    }

    [Theory, Providers]
    public async Task The_upload_page_shows_the_dry_run_and_applies_only_when_confirmed(Provider provider)
    {
        await using var scene = await ReportingScene.CreateAsync(provider);
        using var client = await scene.App.SignedInClientAsync(scene.FocalPoint);
        var file = Fill(TemplateWorkbook.Open(await DownloadAsync(scene)), scene);
        var page = $"{scene.Page("es")}/template";

        using var checkedPage = await client.PostMultipartAsync(page, page + "?handler=Check", file);
        var html = await checkedPage.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, checkedPage.StatusCode);
        Assert.Contains("Aplicar estos 3 cambios", html, StringComparison.Ordinal);
        Assert.Empty(await scene.MeasurementsAsync(scene.Officers));

        var content = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(html, "name=\"Checked\" value=\"([^\"]+)\"").Groups[1].Value);
        using var apply = await client.PostFormAsync(page, new() { ["Checked"] = content }, page + "?handler=Apply");
        Assert.Equal(HttpStatusCode.Redirect, apply.StatusCode);
        Assert.Equal(3, (await scene.MeasurementsAsync(scene.Officers)).Count);
        Assert.Contains("Se aplicó la plantilla: 3 valores", await client.GetStringAsync(apply.Headers.Location!.OriginalString), StringComparison.Ordinal);
    }

    internal static async Task<byte[]> DownloadAsync(ReportingScene scene)
    {
        using var client = await scene.App.ClientWithTokenAsync(scene.FocalPoint);
        using var response = await client.GetAsync($"{scene.Api}/template.xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>Officers trained: 119, of whom 36 women and 83 men, with a narrative, a new source and its date.</summary>
    internal static byte[] Fill(TemplateWorkbook workbook, ReportingScene scene)
    {
        using (workbook)
        {
            var total = workbook.RowOf(scene.Officers, "");
            workbook.SetNumber(total, TemplateWorkbook.Value, 119)
                .SetNumber(workbook.RowOf(scene.Officers, "sex=female"), TemplateWorkbook.Value, 36)
                .SetNumber(workbook.RowOf(scene.Officers, "sex=male"), TemplateWorkbook.Value, 83)
                .Set(total, TemplateWorkbook.NarrativeEnglish, "Trained in 2025.")
                .Set(total, TemplateWorkbook.SourceTitle, "Training register")
                .Set(total, TemplateWorkbook.SourceUrl, "https://example.org/register")
                .Set(total, TemplateWorkbook.SourceDate, scene.SourceDate);
            return workbook.Save();
        }
    }

    internal static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}
