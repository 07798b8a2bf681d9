using Avance.Domain;

namespace Avance.Features.Reporting;

/// <summary>
/// The review cycle that measurements and activity status reports share: an agency submits, the coordinator
/// returns (with a reason) or approves, and publishes what was approved; a published measurement can still be
/// corrected, with a reason. Anything else is refused.
/// </summary>
internal static class ReviewCycle
{
    public const int MaxReasonLength = 2000;

    public static MeasurementStatus Submit(MeasurementStatus current, string subject) =>
        current is MeasurementStatus.Draft or MeasurementStatus.Returned
            ? MeasurementStatus.Submitted
            : throw Forbidden(subject, "submit", current, "only a draft or a returned one can be submitted");

    public static MeasurementStatus Return(MeasurementStatus current, string subject) =>
        current is MeasurementStatus.Submitted
            ? MeasurementStatus.Returned
            : throw Forbidden(subject, "return", current, "only a submitted one can be returned");

    public static MeasurementStatus Approve(MeasurementStatus current, string subject) =>
        current is MeasurementStatus.Submitted
            ? MeasurementStatus.Approved
            : throw Forbidden(subject, "approve", current, "only a submitted one can be approved");

    public static MeasurementStatus Publish(MeasurementStatus current, string subject) =>
        current is MeasurementStatus.Approved
            ? MeasurementStatus.Published
            : throw Forbidden(subject, "publish", current, "only an approved one can be published");

    /// <summary>A correction keeps the value public: it stays published, with a new revision.</summary>
    public static MeasurementStatus Correct(MeasurementStatus current, string subject) =>
        current is MeasurementStatus.Published
            ? MeasurementStatus.Published
            : throw Forbidden(subject, "correct", current, "only a published one can be corrected; until then it goes through review");

    /// <summary>
    /// A reason is what lets the agency act on a returned report, and what tells readers why a published value
    /// changed, so a blank one is refused. <paramref name="kind"/> is "return" or "correction".
    /// </summary>
    public static string RequireReason(string? reason, string subject, string kind)
    {
        var trimmed = reason?.Trim() ?? "";
        if (trimmed.Length == 0)
            throw new DomainRuleException($"{subject}.{kind}-reason-missing", $"A {kind} needs a reason.");
        if (trimmed.Length > MaxReasonLength)
            throw new DomainRuleException($"{subject}.{kind}-reason-too-long", $"The reason is longer than {MaxReasonLength} characters.");
        return trimmed;
    }

    private static DomainRuleException Forbidden(string subject, string action, MeasurementStatus current, string rule) =>
        new($"{subject}.cannot-{action}", $"A {current.ToString().ToLowerInvariant()} {subject.Replace('-', ' ')} cannot be {Past(action)}: {rule}.");

    private static string Past(string action) => action switch
    {
        "submit" => "submitted",
        "return" => "returned",
        "approve" => "approved",
        "correct" => "corrected",
        _ => "published",
    };
}
