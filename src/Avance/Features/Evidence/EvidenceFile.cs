namespace Avance.Features.Evidence;

/// <summary>
/// A file an agency attaches to a reported value (a report, a list of participants). The bytes live outside the
/// database, in the evidence folder, named by their SHA-256, which also proves they were not altered.
/// </summary>
public sealed class EvidenceFile
{
    private EvidenceFile() { }

    public EvidenceFile(int measurementId, string fileName, string contentType, long length, string sha256, DateTimeOffset uploadedAt, int? uploadedByUserId)
    {
        MeasurementId = measurementId;
        FileName = fileName;
        ContentType = contentType;
        Length = length;
        Sha256 = sha256;
        UploadedAt = uploadedAt;
        UploadedByUserId = uploadedByUserId;
    }

    public int Id { get; private set; }
    public int MeasurementId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Length { get; private set; }
    public string Sha256 { get; private set; } = "";
    public DateTimeOffset UploadedAt { get; private set; }
    public int? UploadedByUserId { get; private set; }
}
