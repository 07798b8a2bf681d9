using Avance.Features.Countries;
using Avance.Features.Results;
using C = Avance.Web.Downloads.Column<Avance.Features.Results.OutcomeRow>;

namespace Avance.Web.Downloads.Tables;

/// <summary>
/// The outcomes of the UN country programmes' results frameworks, every page of the results list, filtered by the list's
/// own year, sdg and status values when the address carries them.
/// </summary>
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
        Rows));

    private static async Task<DownloadRows<OutcomeRow>> Rows(DownloadRequest request)
    {
        if (!await CountryQueries.Exists(request.Db, request.Iso2, request.CancellationToken)) return DownloadRows<OutcomeRow>.NotFound;
        var filter = OutcomeFilter.TryParse(request.Filter("year"), request.Filter("sdg"), request.Filter("status"), out var error);
        return filter is null
            ? DownloadRows<OutcomeRow>.Invalid(request.Text(error!))
            : DownloadRows<OutcomeRow>.Of(ResultsQueries.OutcomeRows(request.Db, request.Iso2, request.Language, filter));
    }
}
