namespace Avance.Features.Assessments;

/// <summary>
/// A civil-society organisation's own judgement of an indicator, an activity or a reporting period, public beside the
/// official figure. The coordinator may reply but never edit or delete it; an administrator may hide an abusive one,
/// saying why, and the hiding is recorded.
/// </summary>
public sealed class Assessment
{
    public const int MaxNarrativeLength = 8000;

    public int Id { get; private set; }
    public int AuthorUserId { get; set; }
    /// <summary>The civil-society organisation the observer speaks for.</summary>
    public int OrganisationId { get; set; }
    public required AssessmentSubject Subject { get; set; }
    public required int SubjectId { get; set; }
    /// <summary>The period judged, when the assessment is about one period's figures.</summary>
    public int? ReportingPeriodId { get; set; }
    public required AssessmentRating Rating { get; set; }
    /// <summary>The observer's own figure for the indicator, if they have one.</summary>
    public decimal? OwnValue { get; set; }
    public required string Narrative { get; set; }
    public required string Language { get; set; }
    /// <summary>Where the observer's evidence comes from, as they cite it.</summary>
    public string? Sources { get; set; }
    public DateTimeOffset FiledAt { get; set; }
    public DateTimeOffset? HiddenAt { get; private set; }
    public int? HiddenByUserId { get; private set; }
    public string? HiddenReason { get; private set; }
    public int Version { get; private set; }
    public List<AssessmentReply> Replies { get; private set; } = [];

    public bool IsHidden => HiddenAt is not null;

    public void Hide(DateTimeOffset at, int byUserId, string reason)
    {
        HiddenAt = at;
        HiddenByUserId = byUserId;
        HiddenReason = reason;
        Version++;
    }
}

public enum AssessmentSubject { Indicator, Activity, ReportingPeriod }

/// <summary>A fixed five-step scale, so assessments from different organisations can be compared.</summary>
public enum AssessmentRating { NoProgress, LimitedProgress, SomeProgress, SubstantialProgress, Achieved }

/// <summary>The coordinator's public answer to an assessment.</summary>
public sealed class AssessmentReply
{
    public int Id { get; private set; }
    public int AssessmentId { get; set; }
    public int AuthorUserId { get; set; }
    public required string Text { get; set; }
    public required string Language { get; set; }
    public DateTimeOffset RepliedAt { get; set; }
}
