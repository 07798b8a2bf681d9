using Avance.Iati.Model;

namespace Avance.Features.Interchange.Import;

/// <summary>Budgets, incoming funds and SDG sectors → planned resources, funding contributions and SDG allocations.</summary>
internal sealed class FinanceMapping
{
    private const string IncomingFunds = "1";
    private const string IncomingCommitment = "11";
    private const string RevisedBudget = "2";
    private const string SdgGoalVocabulary = "7";
    private const string SdgTargetVocabulary = "8";

    public static bool IsIncoming(Transaction transaction) => transaction.Type?.Trim() is IncomingFunds or IncomingCommitment;

    /// <summary>
    /// Planned budget per calendar year (the year a budget period starts): the revised budgets of a year when it has
    /// any, else its original ones, added up. Amounts in a second currency for the same year are left out, with a warning.
    /// </summary>
    public MappedMoney[] Budgets(IatiActivity activity, Warn warn)
    {
        var byYear = activity.Budgets
            .Where(b => b.PeriodStart is not null && b.Value?.Amount is not null)
            .GroupBy(b => b.PeriodStart!.Value.Year);
        var planned = new List<MappedMoney>();
        foreach (var year in byYear.OrderBy(g => g.Key))
        {
            var revised = year.Where(b => b.Type?.Trim() == RevisedBudget).ToList();
            var chosen = revised.Count > 0 ? revised : year.ToList();
            if (Sum(chosen.Select(b => b.Value!), activity, year.Key, warn) is { } money) planned.Add(money);
        }
        return [.. planned];
    }

    /// <summary>
    /// Per provider and year: incoming funds when the year has any from that provider, else incoming commitments
    /// (adding both would count the same money twice). Humanitarian when the transaction, or else the activity, says so.
    /// </summary>
    public MappedFunding[] Funding(IatiActivity activity, Warn warn)
    {
        var incoming = new List<(string Provider, int Year, Transaction Transaction)>();
        foreach (var transaction in activity.Transactions.Where(IsIncoming))
        {
            if (transaction.Value?.Amount is null) continue;
            var provider = OrganisationMapping.UsableRef(transaction.ProviderOrg?.Ref);
            var year = (transaction.Date ?? transaction.Value.ValueDate)?.Year;
            if (provider is null)
                warn("Import_FundingWithoutProvider", transaction.Value.Amount);
            else if (year is { } known)
                incoming.Add((provider, known, transaction));
        }
        var funding = new List<MappedFunding>();
        foreach (var group in incoming.GroupBy(i => (i.Provider, i.Year)).OrderBy(g => g.Key.Year).ThenBy(g => g.Key.Provider, StringComparer.Ordinal))
        {
            var funds = group.Where(g => g.Transaction.Type!.Trim() == IncomingFunds).ToList();
            var chosen = (funds.Count > 0 ? funds : group.ToList()).Select(g => g.Transaction).ToList();
            var currency = CurrencyOf(chosen[0].Value!, activity);
            if (currency is null) continue;
            decimal development = 0, humanitarian = 0;
            foreach (var transaction in chosen)
            {
                if (CurrencyOf(transaction.Value!, activity) != currency)
                {
                    warn("Import_SecondCurrency", group.Key.Year, CurrencyOf(transaction.Value!, activity), currency);
                    continue;
                }
                if (transaction.Humanitarian ?? activity.Humanitarian ?? false) humanitarian += transaction.Value!.Amount!.Value;
                else development += transaction.Value!.Amount!.Value;
            }
            funding.Add(new MappedFunding(group.Key.Provider, group.Key.Year, currency, Math.Round(development, 4), Math.Round(humanitarian, 4)));
        }
        return [.. funding];
    }

    /// <summary>
    /// Each SDG goal (sector vocabulary 7) and target (8) gets its percentage of every year's planned budget. Goals and
    /// targets are two views of the same money, each adding up to the budget, so they are kept side by side, not added.
    /// A sole sector of a vocabulary without a percentage counts as 100%.
    /// </summary>
    public static MappedSdg[] SdgAllocations(IatiActivity activity, MappedMoney[] budgets)
    {
        var allocations = new List<MappedSdg>();
        foreach (var vocabulary in new[] { SdgGoalVocabulary, SdgTargetVocabulary })
        {
            var sectors = activity.Sectors.Where(s => s.Vocabulary?.Trim() == vocabulary && !string.IsNullOrWhiteSpace(s.Code)).ToList();
            var shares = sectors
                .Select(s => (Code: s.Code!.Trim(), Percentage: s.Percentage ?? (sectors.Count == 1 ? 100m : (decimal?)null)))
                .Where(s => s.Percentage is not null && s.Code.Length <= 10)
                .GroupBy(s => s.Code)
                .Select(g => (Code: g.Key, Percentage: g.Sum(s => s.Percentage!.Value)))
                .ToList();
            foreach (var budget in budgets)
                foreach (var share in shares)
                    allocations.Add(new MappedSdg(budget.Year, share.Code, budget.Currency, Math.Round(budget.Amount * share.Percentage / 100m, 4)));
        }
        return [.. allocations];
    }

    private static MappedMoney? Sum(IEnumerable<Money> amounts, IatiActivity activity, int year, Warn warn)
    {
        string? currency = null;
        decimal total = 0;
        foreach (var money in amounts)
        {
            var own = CurrencyOf(money, activity);
            if (own is null) continue;
            currency ??= own;
            if (own != currency)
            {
                warn("Import_SecondCurrency", year, own, currency);
                continue;
            }
            total += money.Amount!.Value;
        }
        return currency is null ? null : new MappedMoney(year, currency, Math.Round(total, 4));
    }

    /// <summary>The value's currency, else the activity's default; null when neither is a three-letter code.</summary>
    private static string? CurrencyOf(Money money, IatiActivity activity)
    {
        var code = (money.Currency ?? activity.DefaultCurrency)?.Trim().ToUpperInvariant();
        return code is { Length: 3 } && code.All(char.IsAsciiLetterUpper) ? code : null;
    }
}
