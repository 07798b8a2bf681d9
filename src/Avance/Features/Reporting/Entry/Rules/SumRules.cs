using Avance.Features.Indicators;

namespace Avance.Features.Reporting.Entry.Rules;

/// <summary>
/// Parts and the total of a number indicator: the parts of one dimension never add up to more than the total, and
/// when every category of a closed dimension is given they add up to exactly the total. Percentages never add up.
/// </summary>
internal static class SumRules
{
    public static void Check(IndicatorRules rules, IReadOnlyDictionary<DisaggregationKey, EnteredValue> values,
        IReadOnlyDictionary<DisaggregationKey, (int Index, string Combination)> inputs, List<EntryProblem> problems)
    {
        if (rules.Type != IndicatorType.Number) return;
        if (!values.TryGetValue(DisaggregationKey.Total, out var totalValue) || totalValue.Number is not { } total) return;
        foreach (var dimension in rules.Dimensions)
        {
            var parts = values
                .Where(v => v.Value.Number is not null && v.Key.Parts.Count == 1 && v.Key.Parts.ContainsKey(dimension))
                .ToDictionary(v => v.Key.Parts[dimension], v => v.Value.Number!.Value);
            if (parts.Count == 0) continue;
            var sum = parts.Values.Sum();
            var required = Categories.RequiredForCompleteSplit(dimension, rules.StateCodes);
            var complete = !Categories.IsOpen(dimension) && required.All(parts.ContainsKey);
            var code = complete && sum != total ? ProblemCodes.SumMismatch : sum > total ? ProblemCodes.SumExceedsTotal : null;
            if (code is null) continue;
            problems.Add(inputs.TryGetValue(DisaggregationKey.Total, out var input)
                ? EntryProblem.AboutValue(code, input.Index, input.Combination, dimension, sum, total)
                : EntryProblem.About(code, EntryFields.Value, dimension, sum, total));
        }
    }
}
