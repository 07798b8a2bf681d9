namespace Avance.Features.Interchange.Import;

/// <summary>
/// An outcome already in the database with the IATI identifier of an activity being imported; hash and summary are
/// null when it was never imported (e.g. demo data). The title is its current wording (English, else any).
/// </summary>
public sealed record ExistingOutcome(int Id, int SummaryId, string? Title, string? ContentHash, string? Summary);

/// <summary>A mapped activity ready to write: its framework is known, and the outcome it replaces, if any.</summary>
internal sealed record PlannedOutcome(MappedOutcome Mapped, string ContentHash, int FrameworkId, ExistingOutcome? Existing, OutcomeSummary Summary);
