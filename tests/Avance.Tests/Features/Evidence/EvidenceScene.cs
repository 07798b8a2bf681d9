using System.Net.Http.Headers;
using Avance.Domain;
using Avance.Features.Evidence;
using Avance.Features.Reporting;
using Avance.Tests.Features.Reporting.Entry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Avance.Tests.Features.Evidence;

/// <summary>Files for evidence tests (each with unique bytes, since the folder keeps one copy per content) and a saved draft to attach them to.</summary>
internal static class EvidenceScene
{
    public static byte[] Pdf() => [.. "%PDF-1.7\n"u8, .. Guid.NewGuid().ToByteArray(), .. "\n%%EOF"u8];

    public static byte[] Png() => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Guid.NewGuid().ToByteArray()];

    /// <summary>A complete draft of PAR-1.1's total, with its version.</summary>
    public static Task<int> DraftAsync(this ReportingScene scene) => scene.WithDbAsync(async db =>
    {
        var measurement = new Measurement(scene.Officers, scene.PeriodId, DisaggregationKey.Total);
        var source = await db.Sources.Select(s => s.Id).FirstAsync();
        measurement.Record(119, null, LocalizedText.In("en", "Officers trained."), source, new DateOnly(scene.Year, 6, 30), DateTimeOffset.UtcNow);
        db.Measurements.Add(measurement);
        await db.SaveChangesAsync();
        return measurement.Id;
    });

    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient api, ReportingScene scene, byte[] bytes, string fileName, string combination = "")
    {
        using var form = new MultipartFormDataContent { { new StringContent(combination), "combination" } };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return await api.PostAsync($"{scene.Api}/indicators/{scene.Officers}/evidence", form);
    }

    public static string Folder(this ReportingScene scene) =>
        Path.GetFullPath(scene.App.Services.GetRequiredService<IOptions<EvidenceOptions>>().Value.Folder);

    public static Task<List<EvidenceFile>> FilesAsync(this ReportingScene scene) => scene.WithDbAsync(db => db.EvidenceFiles.OrderBy(e => e.Id).ToListAsync());
}
