using Avance.Features.Results;
using C = Avance.Web.Downloads.Column<Avance.Features.Results.OutcomeRow>;

namespace Avance.Web.Downloads.Tables;

/// <summary>The outcomes of the UN country programmes' results frameworks, as the results page lists them.</summary>
internal static class OutcomesTable
{
    public static readonly CountryTable Download = new(CountryTable.CountryPath + "/results/outcomes", new TableDownload<OutcomeRow>(
        "outcomes", "Table_Outcomes",
        [
            C.Of("id", "Field_OutcomeId", r => r.Id),
            C.Of("iati_identifier", "Field_IatiIdentifier", r => r.IatiIdentifier),
            C.Of("summary", "Field_OutcomeSummary", r => r.Summary),
            C.Of("status", "Field_OutcomeStatus", r => r.Status),
            C.Of("latest_progress_year", "Field_LatestProgressYear", r => r.LatestProgressYear),
        ],
        CountryTable.Listed(ResultsQueries.Outcomes)));
}
