namespace Avance.Features.Funding;

public static class FundingTotals
{
    /// <summary>
    /// All partners' contributions added up per year, newest first. Figures are only added within one source and one
    /// currency, so two sources reporting the same money are never counted twice.
    /// </summary>
    public static List<FundingYearRow> ByYear(IEnumerable<FundingRow> contributions) =>
    [
        .. contributions
            .GroupBy(c => (c.Year, c.Currency, c.Source.Key))
            .Select(g => new FundingYearRow(g.Key.Year, g.Key.Currency, g.Sum(c => c.Development), g.Sum(c => c.Humanitarian), g.First().Source))
            .OrderByDescending(r => r.Year).ThenBy(r => r.Currency, StringComparer.Ordinal).ThenBy(r => r.Source.Key, StringComparer.Ordinal),
    ];
}
