using Avance.Features.Funding;
using C = Avance.Web.Downloads.Column<Avance.Features.Funding.FundingRow>;

namespace Avance.Web.Downloads.Tables;

/// <summary>Funding partner contributions per year, split development / humanitarian: of a country's outcomes, or of one.</summary>
internal static class FundingTable
{
    private static readonly IReadOnlyList<DownloadColumn<FundingRow>> Columns =
    [
        C.Of("outcome_id", "Field_FundingOutcomeId", r => r.OutcomeId),
        C.Of("outcome_iati_identifier", "Field_FundingOutcomeIatiIdentifier", r => r.OutcomeIatiIdentifier),
        C.Of("partner", "Field_Partner", r => r.Partner),
        C.Of("partner_acronym", "Field_PartnerAcronym", r => r.PartnerAcronym),
        C.Of("year", "Field_FundingYear", r => r.Year),
        C.Of("currency", "Field_Currency", r => r.Currency),
        C.Of("development", "Field_Development", r => r.Development),
        C.Of("humanitarian", "Field_Humanitarian", r => r.Humanitarian),
        C.Of("total", "Field_Total", r => r.Total),
        .. SourceColumns.For<FundingRow>(r => r.Source),
    ];

    public static readonly CountryTable Download = new(CountryTable.CountryPath + "/results/funding", new TableDownload<FundingRow>(
        "funding", "Table_Funding", Columns,
        request => Scope.Country(request, iso2 => FundingQueries.ContributionRows(request.Db, iso2, request.Language))));

    public static readonly CountryTable OfOutcome = new(CountryTable.OutcomePath + "/funding", new TableDownload<FundingRow>(
        "funding", "Table_Funding", Columns,
        request => Scope.Outcome(request, outcome => FundingQueries.OutcomeContributionRows(request.Db, outcome.Id, request.Language))));
}
