using System.Globalization;
using Avance.Features.Indicators;
using Avance.Features.Reporting.Entry.Rules;
using Avance.Web;

namespace Avance.Features.Reporting.Entry;

/// <summary>
/// Combinations as people read them ("Sex: Women", "Age group: 12 to 17", "State: Jalisco"). Categories the public
/// pages already name go through <see cref="DisaggregationLabels"/>; the ones only entry shows are named here.
/// </summary>
internal sealed class CombinationLabels(IReadOnlyDictionary<string, string> stateNames, string language)
{
    private readonly DisaggregationLabels labels = new(stateNames, language);
    private readonly CultureInfo culture = CultureInfo.GetCultureInfo(language);

    public string Label(DisaggregationKey key) =>
        key.IsTotal ? UiText.Get("Indicators_Total", culture) : string.Join("; ", key.Parts.Select(p => $"{Dimension(p.Key)}: {Category(p.Key, p.Value)}"));

    public string Dimension(DisaggregationDimension dimension) => UiText.Get("Reporting_Dimension_" + dimension, culture);

    public string Category(DisaggregationDimension dimension, string category) => dimension switch
    {
        DisaggregationDimension.Sex when category == Categories.Other => UiText.Get("Reporting_Sex_Other", culture),
        DisaggregationDimension.AgeGroup when Categories.AgeGroups.Contains(category) => UiText.Get(AgeGroupKey(category), culture),
        _ => labels.Label(dimension, category),
    };

    /// <summary>"0-11" → Reporting_AgeGroup_0_11, "60+" → Reporting_AgeGroup_60_plus.</summary>
    private static string AgeGroupKey(string band) => "Reporting_AgeGroup_" + band.Replace("-", "_", StringComparison.Ordinal).Replace("+", "_plus", StringComparison.Ordinal);
}

/// <summary>Which combinations an indicator is reported in: the total, every category of each closed dimension, and the institutions or municipalities already reported.</summary>
internal static class DeclaredCombinations
{
    public static IEnumerable<DisaggregationKey> For(IReadOnlyList<DisaggregationDimension> dimensions, IReadOnlyList<string> stateCodes,
        IEnumerable<DisaggregationKey> saved)
    {
        yield return DisaggregationKey.Total;
        var savedKeys = saved.ToList();
        foreach (var dimension in dimensions)
        {
            IEnumerable<string> categories = Categories.IsOpen(dimension)
                ? savedKeys.Where(k => k.Parts.Count == 1 && k.Parts.ContainsKey(dimension)).Select(k => k.Parts[dimension])
                    .Order(StringComparer.CurrentCultureIgnoreCase)
                : Categories.Closed(dimension, stateCodes);
            foreach (var category in categories) yield return DisaggregationKey.Of((Dimension: dimension, Category: category));
        }
    }
}
