namespace Avance.Features.Plans;

/// <summary>
/// A published state of a plan: what the public saw from <see cref="PublishedAt"/> on, kept as a JSON snapshot of the
/// plan's structure, indicators and targets, with the coordinator's note on what changed. A plan with no version is
/// not public.
/// </summary>
public sealed class PlanVersion
{
    private PlanVersion() { }

    public PlanVersion(int planId, int number, DateTimeOffset publishedAt, int? publishedByUserId, string changeNote, string changeNoteLanguage, string snapshot)
    {
        PlanId = planId;
        Number = number;
        PublishedAt = publishedAt;
        PublishedByUserId = publishedByUserId;
        ChangeNote = changeNote;
        ChangeNoteLanguage = changeNoteLanguage;
        Snapshot = snapshot;
    }

    public int Id { get; private set; }
    public int PlanId { get; private set; }
    /// <summary>1 for the first publication of the plan, then 2, 3 …</summary>
    public int Number { get; private set; }
    public DateTimeOffset PublishedAt { get; private set; }
    public int? PublishedByUserId { get; private set; }
    public string ChangeNote { get; private set; } = "";
    public string ChangeNoteLanguage { get; private set; } = "";
    public string Snapshot { get; private set; } = "";
}
