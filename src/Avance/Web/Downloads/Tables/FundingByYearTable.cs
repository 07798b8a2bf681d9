using Avance.Features.Funding;
using C = Avance.Web.Downloads.Column<Avance.Web.Downloads.Tables.InOutcome<Avance.Features.Funding.FundingYearRow>>;

namespace Avance.Web.Downloads.Tables;

/// <summary>An outcome's funding partner contributions added up per year, within one source and currency, as the outcome page shows them.</summary>
internal static class FundingByYearTable
{
    public static readonly CountryTable OfOutcome = new(CountryTable.OutcomePath + "/funding-by-year", new TableDownload<InOutcome<FundingYearRow>>(
        "funding-by-year", "Table_FundingByYear",
        [
            C.Of("outcome_id", "Field_FundingOutcomeId", r => r.Outcome.Id),
            C.Of("outcome_iati_identifier", "Field_FundingOutcomeIatiIdentifier", r => r.Outcome.IatiIdentifier),
            C.Of("year", "Field_FundingYear", r => r.Row.Year),
            C.Of("currency", "Field_Currency", r => r.Row.Currency),
            C.Of("development", "Field_YearDevelopment", r => r.Row.Development),
            C.Of("humanitarian", "Field_YearHumanitarian", r => r.Row.Humanitarian),
            C.Of("total", "Field_Total", r => r.Row.Total),
            .. SourceColumns.For<InOutcome<FundingYearRow>>(r => r.Row.Source),
        ],
        request => Scope.Outcome(request, outcome => Totals(request, outcome))));

    // Amounts are added up here rather than in SQL, which cannot sum decimals on SQLite (ADR 0005); one outcome's contributions are few.
    private static async IAsyncEnumerable<InOutcome<FundingYearRow>> Totals(DownloadRequest request, OutcomeKey outcome)
    {
        var contributions = await FundingQueries.OutcomeContributionRows(request.Db, outcome.Id, request.Language).ToListAsync(request.CancellationToken);
        foreach (var year in FundingTotals.ByYear(contributions)) yield return new InOutcome<FundingYearRow>(outcome, year);
    }
}
