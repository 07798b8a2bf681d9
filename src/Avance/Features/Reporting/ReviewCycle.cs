using Avance.Domain;

namespace Avance.Features.Reporting;

/// <summary>
/// The review cycle that measurements and activity status reports share: an agency submits, the coordinator
/// returns (with a reason) or approves, and publishes what was approved. Anything else is refused.
/// </summary>
internal static class ReviewCycle
{
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

    /// <summary>A reason is what lets the agency correct its report, so a blank one is refused.</summary>
    public static string RequireReason(string reason, string subject, int maxLength)
    {
        var trimmed = reason.Trim();
        if (trimmed.Length == 0)
            throw new DomainRuleException($"{subject}.return-reason-missing", "A returned report needs a reason the agency can act on.");
        if (trimmed.Length > maxLength)
            throw new DomainRuleException($"{subject}.return-reason-too-long", $"The reason is longer than {maxLength} characters.");
        return trimmed;
    }

    private static DomainRuleException Forbidden(string subject, string action, MeasurementStatus current, string rule) =>
        new($"{subject}.cannot-{action}", $"A {current.ToString().ToLowerInvariant()} {subject.Replace('-', ' ')} cannot be {Past(action)}: {rule}.");

    private static string Past(string action) => action switch
    {
        "submit" => "submitted",
        "return" => "returned",
        "approve" => "approved",
        _ => "published",
    };
}
