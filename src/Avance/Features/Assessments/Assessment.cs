using System.Text.Json.Serialization;
using Avance.Domain;

namespace Avance.Features.Assessments;

/// <summary>
/// A civil-society organisation's own judgement of an indicator, an activity or a reporting period, public beside the
/// official figure. Once filed nobody changes it: the observer corrects it by filing a new one, the coordinator may
/// reply but never edit or delete it, and an administrator may hide an abusive one, saying why, for good.
/// </summary>
public sealed class Assessment
{
    public const int MaxNarrativeLength = 8000;
    public const int MaxSourcesLength = 4000;
    public const int MaxReasonLength = 2000;
    /// <summary>The languages an assessment or a reply may be written in: those the interface can show it in.</summary>
    public static readonly IReadOnlyList<string> Languages = LanguageCode.Interface;

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
    /// <summary>Raised by every reply and by hiding, so a moderator never acts on an assessment they have not seen as it is.</summary>
    public int Version { get; private set; }
    public List<AssessmentReply> Replies { get; private set; } = [];

    public bool IsHidden => HiddenAt is not null;

    /// <summary>The coordinator's public answer. A hidden assessment takes no replies: there is nothing public left to answer.</summary>
    public AssessmentReply Reply(int byUserId, string text, string language, DateTimeOffset at)
    {
        if (IsHidden)
            throw new DomainRuleException("assessment.hidden", "A hidden assessment cannot be replied to.");
        var reply = new AssessmentReply
        {
            AuthorUserId = byUserId,
            Text = RequireText(text, "reply", MaxNarrativeLength),
            Language = RequireLanguage(language),
            RepliedAt = at,
        };
        Replies.Add(reply);
        Version++;
        return reply;
    }

    /// <summary>
    /// Takes an abusive assessment off the public pages; the notice that replaces it shows the date and the reason.
    /// Hiding is final: see docs/adr/0014-civil-society-assessments.md.
    /// </summary>
    public void Hide(DateTimeOffset at, int byUserId, string reason)
    {
        if (IsHidden)
            throw new DomainRuleException("assessment.already-hidden", "The assessment is already hidden.");
        HiddenReason = RequireText(reason, "reason", MaxReasonLength);
        HiddenAt = at;
        HiddenByUserId = byUserId;
        Version++;
    }

    private static string RequireText(string text, string what, int maxLength)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
            throw new DomainRuleException($"assessment.{what}-missing", $"The {what} is empty.");
        if (trimmed.Length > maxLength)
            throw new DomainRuleException($"assessment.{what}-too-long", $"The {what} is longer than {maxLength} characters.");
        return trimmed;
    }

    private static string RequireLanguage(string language) =>
        Languages.Contains(language)
            ? language
            : throw new DomainRuleException("assessment.language-unknown", $"'{language}' is not one of the languages {string.Join(", ", Languages)}.");
}

[JsonConverter(typeof(JsonStringEnumConverter<AssessmentSubject>))]
public enum AssessmentSubject { Indicator, Activity, ReportingPeriod }

/// <summary>A fixed five-step scale, so assessments from different organisations can be compared.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AssessmentRating>))]
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
