namespace Avance.Features.Review;

/// <summary>
/// The approve-or-return form of a value, a report or an indicator's values: where it posts, the id its fields are
/// named by on the page (a page may hold several), the reason typed so far and its problem, and the versions the
/// reviewer saw (hidden fields).
/// </summary>
public sealed record DecisionForm(string Action, string Id, string? Reason, string? ReasonProblem, IReadOnlyDictionary<string, string> Hidden,
    string ApproveLabel, string ReturnLabel);
