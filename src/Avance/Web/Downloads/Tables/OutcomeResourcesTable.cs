using Avance.Features.Funding;
using C = Avance.Web.Downloads.Column<Avance.Features.Funding.OutcomeResourcesRow>;

namespace Avance.Web.Downloads.Tables;

/// <summary>An outcome's planned, core, non-core and spent resources per year and source; empty cells were not reported.</summary>
internal static class OutcomeResourcesTable
{
    public static readonly CountryTable OfOutcome = new(CountryTable.OutcomePath + "/resources", new TableDownload<OutcomeResourcesRow>(
        "outcome-resources", "Table_OutcomeResources",
        [
            C.Of("outcome_id", "Field_OutcomeId", r => r.OutcomeId),
            C.Of("year", "Field_ResourcesYear", r => r.Year),
            C.Of("currency", "Field_Currency", r => r.Currency),
            C.Of("planned_budget", "Field_PlannedBudget", r => r.PlannedBudget),
            C.Of("core_resources", "Field_CoreResources", r => r.CoreResources),
            C.Of("non_core_resources", "Field_NonCoreResources", r => r.NonCoreResources),
            C.Of("expenditure", "Field_Expenditure", r => r.Expenditure),
            C.Of("delivery_rate", "Field_DeliveryRate", r => r.DeliveryRate),
            .. SourceColumns.For<OutcomeResourcesRow>(r => r.Source),
        ],
        request => Scope.Outcome(request, outcome => FundingQueries.ResourcesRows(request.Db, outcome.Id))));
}
