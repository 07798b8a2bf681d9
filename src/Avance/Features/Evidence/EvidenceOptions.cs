namespace Avance.Features.Evidence;

/// <summary>Avance:Evidence settings: how large a file may be, and the folder the files are kept in (outside the database).</summary>
public sealed class EvidenceOptions
{
    public const string Section = "Avance:Evidence";

    public long MaxBytes { get; set; } = 10 * 1024 * 1024;
    public string Folder { get; set; } = "./data/evidence";
}
