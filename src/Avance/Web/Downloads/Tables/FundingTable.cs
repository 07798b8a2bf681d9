using Avance.Features.Funding;
using C = Avance.Web.Downloads.Column<Avance.Features.Funding.FundingRow>;

namespace Avance.Web.Downloads.Tables;

/// <summary>Funding partner contributions to the country's outcomes per year, split development / humanitarian.</summary>
internal static class FundingTable
{
    public static readonly CountryTable Download = new(CountryTable.CountryPath + "/results/funding", new TableDownload<FundingRow>(
        "funding", "Table_Funding",
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
        ],
        CountryTable.Listed(FundingQueries.Contributions)));
}
