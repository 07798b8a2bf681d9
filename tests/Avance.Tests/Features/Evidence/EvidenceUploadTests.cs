using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Avance.Features.Evidence;
using Avance.Tests.Features.Reporting.Entry;
using Avance.Tests.Features.Reporting.Templates;
using Avance.Tests.Infrastructure;

namespace Avance.Tests.Features.Evidence;

public sealed class EvidenceUploadTests
{
    [Theory, Providers]
    public async Task A_file_attached_on_the_form_is_kept_under_its_checksum_listed_and_audited(Provider provider)
    {
        await using var scene = await ReportingScene.CreateAsync(provider);
        var measurement = await scene.DraftAsync();
        using var client = await scene.App.SignedInClientAsync(scene.FocalPoint);
        var page = scene.IndicatorPage(scene.Officers);
        var pdf = EvidenceScene.Pdf();

        using var response = await client.PostMultipartAsync(page, page + "?handler=Evidence", pdf, "EvidenceFile", "participants.pdf",
            new() { ["EvidenceCombination"] = "" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var file = Assert.Single(await scene.FilesAsync());
        var sha = Convert.ToHexStringLower(SHA256.HashData(pdf));
        Assert.Equal((measurement, "participants.pdf", "application/pdf", (long)pdf.Length, sha),
            (file.MeasurementId, file.FileName, file.ContentType, file.Length, file.Sha256));
        Assert.Equal(pdf, await File.ReadAllBytesAsync(Path.Combine(scene.Folder(), sha)));
        Assert.Empty(Directory.GetFiles(scene.Folder(), ".upload-*"));
        Assert.Contains("participants.pdf", await client.GetStringAsync(page), StringComparison.Ordinal);
        Assert.Equal(pdf, await client.GetByteArrayAsync($"/evidence/{file.Id}"));
        Assert.Contains(await scene.AuditAsync("measurement"), e => e.Action == "evidence.add" && e.ItemKey == measurement.ToString());
    }

    [Theory, Providers]
    public async Task A_file_over_the_size_limit_is_refused_and_not_kept(Provider provider)
    {
        await using var scene = await ReportingScene.CreateAsync(provider);
        await scene.DraftAsync();
        using var api = await scene.App.ClientWithTokenAsync(scene.FocalPoint);
        var tooLarge = new byte[10 * 1024 * 1024 + 1];
        "%PDF-1.7"u8.CopyTo(tooLarge);

        using var response = await api.UploadAsync(scene, tooLarge, "scan.pdf");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("too large", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await scene.FilesAsync());
    }

    [Theory, Providers]
    public async Task A_file_of_a_type_not_accepted_is_refused(Provider provider)
    {
        await using var scene = await ReportingScene.CreateAsync(provider);
        await scene.DraftAsync();
        using var api = await scene.App.ClientWithTokenAsync(scene.FocalPoint);

        using var response = await api.UploadAsync(scene, "MZ\u0090\0"u8.ToArray(), "setup.exe");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await scene.FilesAsync());
    }

    [Theory]
    [InlineData("photo.pdf", "png")]
    [InlineData("report.docx", "xlsx")]
    [InlineData("data.csv", "png")]
    [InlineData("scan.jpg", "pdf")]
    public async Task A_file_whose_content_does_not_match_its_extension_is_refused(string fileName, string actualContent)
    {
        await using var scene = await ReportingScene.CreateAsync(Provider.Sqlite);
        await scene.DraftAsync();
        using var api = await scene.App.ClientWithTokenAsync(scene.FocalPoint);
        var bytes = actualContent switch
        {
            "png" => EvidenceScene.Png(),
            "pdf" => EvidenceScene.Pdf(),
            _ => await TemplateRoundTripTests.DownloadAsync(scene),
        };

        using var response = await api.UploadAsync(scene, bytes, fileName);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").GetProperty("file")[0].GetString();
        Assert.Contains("does not match its name", message, StringComparison.Ordinal);
        Assert.Empty(await scene.FilesAsync());
    }

    [Theory, Providers]
    public async Task Files_go_only_on_saved_drafts_of_the_callers_own_indicators(Provider provider)
    {
        await using var scene = await ReportingScene.CreateAsync(provider);
        using var api = await scene.App.ClientWithTokenAsync(scene.FocalPoint);
        using var other = await scene.App.ClientWithTokenAsync(scene.OtherFocalPoint);

        using var nothingSaved = await api.UploadAsync(scene, EvidenceScene.Pdf(), "list.pdf");
        await scene.DraftAsync();
        using var otherAgency = await other.UploadAsync(scene, EvidenceScene.Pdf(), "list.pdf");
        using var unknownCombination = await api.UploadAsync(scene, EvidenceScene.Pdf(), "list.pdf", "sex=female");

        Assert.Equal(HttpStatusCode.BadRequest, nothingSaved.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherAgency.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknownCombination.StatusCode);
        Assert.Empty(await scene.FilesAsync());
    }

    [Fact]
    public void Accepted_types_are_the_six_the_brief_names() =>
        Assert.Equal(".pdf,.docx,.xlsx,.csv,.png,.jpg,.jpeg", EvidenceFormats.Accept);
}
