using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace Avance.Features.Interchange.Import;

/// <summary>
/// What an import put into an outcome, in a few figures: what the audit trail shows before and after a change, and
/// what the report lists as changed.
/// </summary>
public sealed record OutcomeSummary(string Title, int Indicators, int Periods, int Values, int BudgetYears, decimal PlannedBudget,
    int FundingRows, decimal Funding, int SdgAllocations, string ContentHash)
{
    public static OutcomeSummary Of(MappedOutcome outcome, string contentHash) => new(
        outcome.Title.FirstOrDefault(t => t.Language == "en")?.Value ?? outcome.Title[0].Value,
        outcome.Indicators.Length,
        outcome.Indicators.Sum(i => i.Periods.Length),
        outcome.Indicators.Sum(i => i.Baselines.Length + i.Periods.Sum(p => p.Targets.Length + p.Actuals.Length)),
        outcome.Budgets.Length,
        outcome.Budgets.Sum(b => b.Amount),
        outcome.Funding.Length,
        outcome.Funding.Sum(f => f.Development + f.Humanitarian),
        outcome.Sdgs.Length,
        contentHash);

    /// <summary>SHA-256 of everything mapped from the activity, so any change to what Avance keeps changes it.</summary>
    public static string HashOf(MappedOutcome outcome) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(outcome)));

    public string ToJson() => JsonSerializer.Serialize(this);

    public static OutcomeSummary? FromJson(string? json) => json is null ? null : JsonSerializer.Deserialize<OutcomeSummary>(json);

    /// <summary>Each figure that differs, by name (a key of the Interchange resources: Import_Field_{name}).</summary>
    public IReadOnlyList<FieldChange> ChangesFrom(OutcomeSummary? before)
    {
        if (before is null) return [];
        var changes = new List<FieldChange>();
        void Compare<T>(string field, T old, T now)
        {
            if (!EqualityComparer<T>.Default.Equals(old, now))
                changes.Add(new FieldChange(field, Convert.ToString(old, CultureInfo.InvariantCulture), Convert.ToString(now, CultureInfo.InvariantCulture)));
        }
        Compare("Title", before.Title, Title);
        Compare("Indicators", before.Indicators, Indicators);
        Compare("Periods", before.Periods, Periods);
        Compare("Values", before.Values, Values);
        Compare("BudgetYears", before.BudgetYears, BudgetYears);
        Compare("PlannedBudget", before.PlannedBudget, PlannedBudget);
        Compare("FundingRows", before.FundingRows, FundingRows);
        Compare("Funding", before.Funding, Funding);
        Compare("SdgAllocations", before.SdgAllocations, SdgAllocations);
        // The wording of a text or a figure the summary does not count changed.
        if (changes.Count == 0) changes.Add(new FieldChange("Content", null, null));
        return changes;
    }
}

/// <summary>One figure of an outcome before and after an import changed it.</summary>
public sealed record FieldChange(string Field, string? Before, string? After);
