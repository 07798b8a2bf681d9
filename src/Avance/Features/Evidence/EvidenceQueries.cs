using Avance.Data;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Evidence;

/// <summary>An evidence file as lists show it; <see cref="Url"/> downloads it.</summary>
public sealed record EvidenceRow(int Id, int MeasurementId, string FileName, string ContentType, long Length, string Sha256, DateTimeOffset UploadedAt)
{
    public string Url => EvidenceEndpoints.DownloadPath(Id);
}

public static class EvidenceQueries
{
    /// <summary>The files attached to some measurements, in the order they were attached.</summary>
    public static async Task<ILookup<int, EvidenceRow>> ForMeasurements(AvanceDb db, IReadOnlyCollection<int> measurementIds, CancellationToken cancellationToken)
    {
        if (measurementIds.Count == 0) return Array.Empty<EvidenceRow>().ToLookup(e => e.MeasurementId);
        var rows = await Rows(db.EvidenceFiles.Where(e => measurementIds.Contains(e.MeasurementId))).ToListAsync(cancellationToken);
        return rows.ToLookup(e => e.MeasurementId);
    }

    internal static IQueryable<EvidenceRow> Rows(IQueryable<EvidenceFile> files) =>
        files.OrderBy(e => e.Id)
            .Select(e => new EvidenceRow(e.Id, e.MeasurementId, e.FileName, e.ContentType, e.Length, e.Sha256, e.UploadedAt));
}
