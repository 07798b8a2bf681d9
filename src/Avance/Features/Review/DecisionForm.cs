using System.Globalization;
using Avance.Features.Reporting;
using Avance.Web;

namespace Avance.Features.Review;

/// <summary>
/// The approve-or-return form of a value, a report or an indicator's values: where it posts, the id its fields are
/// named by on the page (a page may hold several), the reason typed so far and its problem, and the versions the
/// reviewer saw (hidden fields).
/// </summary>
public sealed record DecisionForm(string Action, string Id, string? Reason, string? ReasonProblem, IReadOnlyDictionary<string, string> Hidden,
    string ApproveLabel, string ReturnLabel);

/// <summary>The decision forms the review pages show, so the queue and an indicator's page post the same fields.</summary>
public static class ReviewForms
{
    public static DecisionForm ForIndicator(UiText text, string language, int periodId, ReviewIndicatorRow indicator, string? reason, string? problem) =>
        new($"/{language}/workspace/periods/{periodId}/review/indicators/{indicator.Indicator.Id}", $"indicator-{indicator.Indicator.Id}",
            reason, problem,
            indicator.Values.Where(v => v.Status == MeasurementStatus.Submitted)
                .ToDictionary(v => $"Versions[{v.MeasurementId}]", v => v.Version.ToString(CultureInfo.InvariantCulture)),
            text["Review_ApproveAll"], text["Review_ReturnAll"]);

    public static DecisionForm ForItem(UiText text, string action, int version, string? reason, string? problem) =>
        new(action, "item", reason, problem, new Dictionary<string, string> { ["Version"] = version.ToString(CultureInfo.InvariantCulture) },
            text["Review_Approve"], text["Review_Return"]);
}
