using Avance.Domain;

namespace Avance.Features.Review;

public enum OutcomeKind { Done, NotFound, Forbidden, Invalid, Refused, Conflict }

/// <summary>
/// What a workflow command did, for pages and the API to answer alike: done (with the new item's id when it made
/// one), not found, forbidden, bad input (a rule code and the field it is about), refused by the item's state (a rule
/// code), or a conflict with someone else's change made since the caller loaded the item.
/// </summary>
public sealed record CommandOutcome(OutcomeKind Kind, string? Code = null, string? Field = null, ConflictInfo? Conflict = null, int? Id = null)
{
    /// <summary>Rules about what was typed, and the field each is about; every other rule is about the item's state.</summary>
    private static readonly Dictionary<string, string> InputRules = new()
    {
        ["period.label-missing"] = "label",
        ["period.label-too-long"] = "label",
        ["period.ends-before-start"] = "endsOn",
        ["period.deadline-before-start"] = "deadline",
        ["measurement.return-reason-missing"] = "reason",
        ["measurement.return-reason-too-long"] = "reason",
        ["measurement.correction-reason-missing"] = "reason",
        ["measurement.correction-reason-too-long"] = "reason",
        ["measurement.correction-unchanged"] = "value",
        ["measurement.empty"] = "value",
        ["activity-report.return-reason-missing"] = "reason",
        ["activity-report.return-reason-too-long"] = "reason",
    };

    public static CommandOutcome Done(int? id = null) => new(OutcomeKind.Done, Id: id);
    public static readonly CommandOutcome NotFound = new(OutcomeKind.NotFound);
    public static readonly CommandOutcome Forbidden = new(OutcomeKind.Forbidden);

    public static CommandOutcome Invalid(string code, string field) => new(OutcomeKind.Invalid, code, field);

    public static CommandOutcome Refused(string code) => new(OutcomeKind.Refused, code);

    public static CommandOutcome Conflicted(ConflictInfo conflict) => new(OutcomeKind.Conflict, "conflict", Conflict: conflict);

    public static CommandOutcome From(DomainRuleException rule) =>
        InputRules.TryGetValue(rule.Code, out var field) ? Invalid(rule.Code, field) : Refused(rule.Code);

    public bool Succeeded => Kind == OutcomeKind.Done;
}
