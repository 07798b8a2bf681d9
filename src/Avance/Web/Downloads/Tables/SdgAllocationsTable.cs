using Avance.Features.Funding;
using C = Avance.Web.Downloads.Column<Avance.Features.Funding.SdgAllocationRow>;

namespace Avance.Web.Downloads.Tables;

/// <summary>An outcome's resources attributed to SDG goals and targets, per year and source.</summary>
internal static class SdgAllocationsTable
{
    public static readonly CountryTable OfOutcome = new(CountryTable.OutcomePath + "/sdg-allocations", new TableDownload<SdgAllocationRow>(
        "sdg-allocations", "Table_SdgAllocations",
        [
            C.Of("outcome_id", "Field_OutcomeId", r => r.OutcomeId),
            C.Of("year", "Field_AllocationYear", r => r.Year),
            C.Of("sdg_code", "Field_SdgCode", r => r.SdgCode),
            C.Of("sdg_goal", "Field_SdgGoal", r => r.SdgGoal),
            C.Of("sdg_goal_name", "Field_SdgGoalName", r => r.SdgGoalName),
            C.Of("currency", "Field_Currency", r => r.Currency),
            C.Of("amount", "Field_AllocationAmount", r => r.Amount),
            .. SourceColumns.For<SdgAllocationRow>(r => r.Source),
        ],
        request => Scope.Outcome(request, outcome => FundingQueries.SdgAllocationRows(request.Db, outcome.Id, request.Language))));
}
