using System.Globalization;
using Avance.Features.Indicators;
using Avance.Features.Reporting;
using Avance.Features.Reporting.Entry.Rules;

namespace Avance.Tests.Features.Reporting.Entry;

/// <summary>Builds the inputs of <see cref="ValueRules"/> for one check with as little ceremony as the tests need.</summary>
internal static class RuleScenario
{
    public static readonly DateOnly Today = new(2024, 6, 30);
    public static readonly DateOnly PeriodStart = new(2024, 1, 1);
    public static readonly IReadOnlyList<string> StateCodes = ["01", "02", "09"];
    public const int KnownSourceId = 7;

    public static IndicatorRules Indicator(IndicatorType type, string? unit = "people trained", params DisaggregationDimension[] dimensions) =>
        IndicatorRules.For(type, [unit], dimensions, StateCodes, PeriodStart);

    public static EntryInput Values(params (string Combination, string Raw)[] values) =>
        new([.. values.Select(v => new ValueInput(v.Combination, v.Raw, null))]);

    public static RuleResult Check(IndicatorRules rules, EntryInput input, StoredEntry? stored = null, EntryMode mode = EntryMode.Draft,
        string language = "en") =>
        ValueRules.Check(rules, input, stored ?? StoredEntry.Empty,
            new RuleContext(mode, Today, CultureInfo.GetCultureInfo(language), id => id == KnownSourceId));

    public static StoredEntry Stored(params (string Combination, decimal Value, bool Locked)[] values) =>
        StoredEntry.Empty with
        {
            Values = values.ToDictionary(v => DisaggregationKey.Parse(v.Combination), v => new StoredValue(new EnteredValue(v.Value, null), v.Locked)),
        };

    public static IReadOnlyList<string> Codes(RuleResult result) => [.. result.Problems.Select(p => p.Code)];
}
