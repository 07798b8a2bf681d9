using Avance.Features.Results;
using C = Avance.Web.Downloads.Column<Avance.Features.Results.StrategicPlanContributionRow>;

namespace Avance.Web.Downloads.Tables;

/// <summary>What an outcome contributes to in its organisation's strategic plan: impact areas, systemic outcomes, outputs.</summary>
internal static class StrategicPlanTable
{
    public static readonly CountryTable OfOutcome = new(CountryTable.OutcomePath + "/strategic-plan", new TableDownload<StrategicPlanContributionRow>(
        "strategic-plan", "Table_StrategicPlan",
        [
            C.Of("outcome_id", "Field_OutcomeId", r => r.OutcomeId),
            C.Of("level", "Field_StrategicPlanLevel", r => r.Level),
            C.Of("code", "Field_StrategicPlanCode", r => r.Code),
            C.Of("title", "Field_StrategicPlanTitle", r => r.Title),
        ],
        request => Scope.Outcome(request, outcome => OutcomeDetailQueries.StrategicPlanRows(request.Db, outcome.Id, request.Language))));
}
