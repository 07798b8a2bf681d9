using Avance.Data;
using Avance.Features.Sources;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Funding;

public sealed record FundingRow(
    int OutcomeId, string? OutcomeIatiIdentifier, string Partner, string? PartnerAcronym, int Year, string Currency,
    decimal Development, decimal Humanitarian, SourceRow Source)
{
    public decimal Total => Development + Humanitarian;
}

public static class FundingQueries
{
    /// <summary>Funding partner contributions to a country's outcomes: newest year first, then by partner.</summary>
    public static async Task<List<FundingRow>> Contributions(AvanceDb db, string iso2, string language, CancellationToken cancellationToken)
    {
        var code = iso2.ToUpperInvariant();
        var outcomes = db.ResultsFrameworks
            .Where(f => db.Countries.Any(c => c.Id == f.CountryId && c.Iso2 == code))
            .SelectMany(f => f.Outcomes);
        var rows = await db.FundingContributions
            .Where(c => outcomes.Any(o => o.Id == c.OutcomeId))
            .Select(c => new
            {
                c.OutcomeId,
                Outcome = outcomes.Where(o => o.Id == c.OutcomeId).Select(o => o.IatiIdentifier).FirstOrDefault(),
                c.Partner!.Name, c.Partner.Acronym, c.Year, c.Currency, c.Development, c.Humanitarian, c.Source,
            })
            .ToListAsync(cancellationToken);
        return rows
            .Select(r => new FundingRow(r.OutcomeId, r.Outcome, r.Name.In(language) ?? "", r.Acronym?.In(language), r.Year, r.Currency,
                r.Development, r.Humanitarian, SourceRow.Of(r.Source!)))
            .OrderByDescending(r => r.Year).ThenByDescending(r => r.Total).ThenBy(r => r.Partner)
            .ToList();
    }
}
