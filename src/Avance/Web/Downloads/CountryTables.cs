using Avance.Web.Downloads.Tables;

namespace Avance.Web.Downloads;

/// <summary>
/// Every downloadable table, one line each; each is mapped next to its page. A new table is a file in Tables/ and a
/// line here.
/// </summary>
internal static class CountryTables
{
    /// <summary>The country's tables, whole: each downloadable on its own and a file of the data package, in this order.</summary>
    public static readonly IReadOnlyList<CountryTable> All =
    [
        ContextTable.Download,
        PlanObjectivesTable.Download,
        PlanActivitiesTable.Download,
        PlanIndicatorsTable.Download,
        IndicatorValuesTable.Download,
        OutcomesTable.Download,
        ProgressNotesTable.Download,
        FundingTable.Download,
        ProgrammeFiguresTable.Download,
    ];

    /// <summary>The tables of one plan, indicator, programme or outcome, under that page's address.</summary>
    public static readonly IReadOnlyList<CountryTable> OnPages =
    [
        PlanOrganisationsTable.OfPlan,
        PlanActivitiesTable.OfPlan,
        PlanIndicatorsTable.OfPlan,
        PlanPeriodsTable.OfPlan,
        IndicatorTargetsTable.OfIndicator,
        IndicatorValuesTable.OfIndicator,
        ProgrammeFiguresTable.OfProgramme,
        ProgressNotesTable.OfOutcome,
        OutcomeResourcesTable.OfOutcome,
        FundingTable.OfOutcome,
        FundingByYearTable.OfOutcome,
        SdgAllocationsTable.OfOutcome,
        ResultIndicatorsTable.OfOutcome,
        StrategicPlanTable.OfOutcome,
    ];

    public static IEnumerable<CountryTable> Mapped => All.Concat(OnPages);
}
