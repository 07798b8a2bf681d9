using Avance.Features.Funding;
using Avance.Features.Organisations;
using static Avance.Data.Demo.DemoText;

namespace Avance.Data.Demo;

/// <summary>
/// Funding partners' contributions to the access-to-justice outcome, as seed 002 tabulates them (USD, all
/// development, none humanitarian). Where the seed says "no data available" (2020 for two partners) nothing is
/// stored: a missing year is not a zero.
/// </summary>
internal static class MexicoFundingData
{
    public static async Task AddAsync(AvanceDb db, int justiceOutcomeId, MexicoOrganisationSet organisations, DemoSourceSet sources,
        CancellationToken cancellationToken)
    {
        (Organisation Partner, int Year, decimal Development)[] rows =
        [
            (organisations.UnWomen, 2020, 12_283m),
            (organisations.UnWomen, 2021, 26_853m),
            (organisations.UnWomen, 2022, 14_920m),
            (organisations.UnWomen, 2023, 14_920m),
            (organisations.GovernmentOfMexico, 2021, 103_629m),
            (organisations.GovernmentOfMexico, 2022, 98_145m),
            (organisations.GovernmentOfMexico, 2023, 98_145m),
            (organisations.MptfOffice, 2021, 233_092m),
            (organisations.MptfOffice, 2022, 85_644m),
            (organisations.MptfOffice, 2023, 85_644m),
        ];

        foreach (var (partner, year, development) in rows)
        {
            db.FundingContributions.Add(new FundingContribution
            {
                OutcomeId = justiceOutcomeId,
                PartnerId = partner.Id,
                Year = year,
                Currency = S("USD"),
                Development = development,
                Humanitarian = 0m,
                Source = sources.JusticeResources,
            });
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
