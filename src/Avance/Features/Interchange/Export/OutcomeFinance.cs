using Avance.Data;
using Avance.Features.Funding;
using Avance.Iati.Model;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Interchange.Export;

/// <summary>
/// An outcome's money in IATI terms: planned resources as yearly budgets, funding contributions as incoming funds
/// (a humanitarian share as its own transaction), and SDG allocations as SDG sectors with their share of the total.
/// </summary>
internal sealed record OutcomeFinance(string? Currency, ValueList<Budget> Budgets, ValueList<Transaction> Transactions, ValueList<Sector> Sectors,
    IReadOnlyList<int> Years)
{
    private const string IncomingFunds = "1";

    public int? FirstYear(OutcomeResults results) =>
        Years.Concat(results.Years).Select(y => (int?)y).Min();

    public static async Task<OutcomeFinance> LoadAsync(AvanceDb db, int outcomeId, CancellationToken cancellationToken)
    {
        var resources = await db.OutcomeResources.Where(r => r.OutcomeId == outcomeId && r.PlannedBudget != null)
            .OrderBy(r => r.Year).ThenBy(r => r.SourceId).ToListAsync(cancellationToken);
        var funding = await db.FundingContributions.Include(c => c.Partner!).ThenInclude(p => p.Name)
            .Where(c => c.OutcomeId == outcomeId).OrderBy(c => c.Year).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        var sdgs = await db.SdgAllocations.Where(a => a.OutcomeId == outcomeId).ToListAsync(cancellationToken);
        var budgets = resources.Select(r => new Budget("1", "1", ExportText.FirstDay(r.Year), ExportText.LastDay(r.Year),
            new Money(r.PlannedBudget, r.Currency, ExportText.FirstDay(r.Year)))).ToValueList();
        var transactions = funding.SelectMany(TransactionsOf).ToValueList();
        return new OutcomeFinance(resources.FirstOrDefault()?.Currency ?? funding.FirstOrDefault()?.Currency, budgets, transactions, SectorsOf(sdgs),
            [.. resources.Select(r => r.Year).Concat(funding.Select(f => f.Year))]);
    }

    private static IEnumerable<Transaction> TransactionsOf(FundingContribution contribution)
    {
        var provider = new TransactionOrg(contribution.Partner?.IatiIdentifier, contribution.Partner is { } p ? ExportText.TypeOf(p.Kind) : null, null,
            ExportText.Of(contribution.Partner?.Name));
        Transaction Part(decimal amount, bool humanitarian) => new()
        {
            Type = IncomingFunds,
            Humanitarian = humanitarian ? true : null,
            Date = ExportText.FirstDay(contribution.Year),
            Value = new Money(amount, contribution.Currency, ExportText.FirstDay(contribution.Year)),
            ProviderOrg = provider,
        };
        if (contribution.Development != 0 || contribution.Humanitarian == 0) yield return Part(contribution.Development, false);
        if (contribution.Humanitarian != 0) yield return Part(contribution.Humanitarian, true);
    }

    /// <summary>
    /// Goals (vocabulary 7) and targets (8), each code's share of its vocabulary's total over all years, in percent with two
    /// decimals; the largest share absorbs the rounding so each vocabulary adds up to exactly 100.
    /// </summary>
    private static ValueList<Sector> SectorsOf(List<SdgAllocation> allocations)
    {
        var sectors = new List<Sector>();
        foreach (var vocabulary in allocations.GroupBy(a => a.SdgCode.Contains('.') ? "8" : "7").OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var total = vocabulary.Sum(a => a.Amount);
            if (total <= 0) continue;
            var shares = vocabulary.GroupBy(a => a.SdgCode).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (Code: g.Key, Percentage: Math.Round(g.Sum(a => a.Amount) * 100 / total, 2))).ToList();
            var largest = shares.IndexOf(shares.MaxBy(s => s.Percentage));
            shares[largest] = (shares[largest].Code, shares[largest].Percentage + 100 - shares.Sum(s => s.Percentage));
            sectors.AddRange(shares.Select(s => new Sector(s.Code, vocabulary.Key, null, s.Percentage, Narratives.None)));
        }
        return sectors.ToValueList();
    }
}
