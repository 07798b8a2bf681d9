using System.Net;
using Avance.Tests.Features.Reporting.Entry;
using Avance.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Avance.Tests.Features.Evidence;

public sealed class EvidenceDownloadTests
{
    [Theory, Providers]
    public async Task A_file_whose_bytes_no_longer_match_the_checksum_is_refused(Provider provider)
    {
        await using var scene = await ReportingScene.CreateAsync(provider);
        await scene.DraftAsync();
        using var api = await scene.App.ClientWithTokenAsync(scene.FocalPoint);
        using var uploaded = await api.UploadAsync(scene, EvidenceScene.Pdf(), "list.pdf");
        var file = Assert.Single(await scene.FilesAsync());
        await File.WriteAllBytesAsync(Path.Combine(scene.Folder(), file.Sha256), EvidenceScene.Pdf());

        using var response = await api.GetAsync($"/evidence/{file.Id}");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("no longer matches the checksum", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Unpublished_evidence_is_for_the_agency_and_coordinators_and_published_evidence_for_everyone(Provider provider)
    {
        await using var scene = await ReportingScene.CreateAsync(provider);
        await scene.DraftAsync();
        using var api = await scene.App.ClientWithTokenAsync(scene.FocalPoint);
        using var uploaded = await api.UploadAsync(scene, EvidenceScene.Pdf(), "list.pdf");
        var address = $"/evidence/{Assert.Single(await scene.FilesAsync()).Id}";
        using var coordinator = await scene.App.SignedInClientAsync(scene.Coordinator);
        using var other = await scene.App.SignedInClientAsync(scene.OtherFocalPoint);
        using var anonymous = scene.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync(address)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(address)).StatusCode);
        var beforePublication = await anonymous.GetAsync(address);
        Assert.Equal(HttpStatusCode.Redirect, beforePublication.StatusCode);
        Assert.Contains("/account/login", beforePublication.Headers.Location!.OriginalString, StringComparison.Ordinal);

        await scene.PublishAsync();

        using var afterPublication = await anonymous.GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, afterPublication.StatusCode);
        Assert.Equal("list.pdf", afterPublication.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("nosniff", afterPublication.Headers.GetValues("X-Content-Type-Options").Single());
    }
}

internal static class Publication
{
    /// <summary>What the coordinator's side does: submitted, approved and published values in a closed, then published period.</summary>
    public static Task PublishAsync(this ReportingScene scene) => scene.WithDbAsync(async db =>
    {
        foreach (var measurement in await db.Measurements.AsTracking().Where(m => m.ReportingPeriodId == scene.PeriodId).ToListAsync())
        {
            measurement.Submit();
            measurement.Approve();
            measurement.Publish();
        }
        var period = await db.ReportingPeriods.AsTracking().SingleAsync(p => p.Id == scene.PeriodId);
        period.Close();
        period.Publish(DateTimeOffset.UtcNow);
        return await db.SaveChangesAsync();
    });
}
