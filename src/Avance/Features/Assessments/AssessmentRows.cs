using Avance.Features.Plans;

namespace Avance.Features.Assessments;

/// <summary>
/// An assessment as filed, with its replies and, once hidden, the moderation notice. The workspace shows it whole;
/// everyone else sees <see cref="ToPublic"/>.
/// </summary>
public sealed record AssessmentRow(
    int Id,
    int Version,
    AssessmentSubject Subject,
    int SubjectId,
    string? Period,
    DateTimeOffset FiledAt,
    int OrganisationId,
    OrganisationNameRow Organisation,
    AssessmentRating Rating,
    decimal? OwnValue,
    string Narrative,
    string Language,
    string? Sources,
    HiddenNoticeRow? Hidden,
    IReadOnlyList<AssessmentReplyRow> Replies)
{
    /// <summary>A hidden assessment keeps only its notice in public: its words, its author and the replies to them go.</summary>
    public PublicAssessmentRow ToPublic() => Hidden is null
        ? new(Id, Subject, SubjectId, Period, FiledAt, Organisation, Rating, OwnValue, Narrative, Language, Sources, null, Replies)
        : new(Id, Subject, SubjectId, Period, FiledAt, null, null, null, null, null, null, Hidden, []);
}

/// <summary>An assessment as everyone sees it, on the pages beside the official figure and in the API.</summary>
public sealed record PublicAssessmentRow(
    int Id,
    AssessmentSubject Subject,
    int SubjectId,
    string? Period,
    DateTimeOffset FiledAt,
    OrganisationNameRow? Organisation,
    AssessmentRating? Rating,
    decimal? OwnValue,
    string? Narrative,
    string? Language,
    string? Sources,
    HiddenNoticeRow? Hidden,
    IReadOnlyList<AssessmentReplyRow> Replies);

/// <summary>When an administrator hid the assessment and why: both are public.</summary>
public sealed record HiddenNoticeRow(DateTimeOffset At, string Reason);

public sealed record AssessmentReplyRow(DateTimeOffset RepliedAt, string Text, string Language);
