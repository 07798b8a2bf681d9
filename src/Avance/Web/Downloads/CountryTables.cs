using Avance.Web.Downloads.Tables;

namespace Avance.Web.Downloads;

/// <summary>
/// Every downloadable table of a country, one line each: each is mapped next to its page and goes into the
/// country's data package in this order. A new table is a file in Tables/ and a line here.
/// </summary>
internal static class CountryTables
{
    public static readonly IReadOnlyList<CountryTable> All =
    [
        ContextTable.Download,
        PlanObjectivesTable.Download,
        OutcomesTable.Download,
        FundingTable.Download,
    ];
}
