using Avance.Web;
using Avance.Web.Charts;

namespace Avance.Features.Indicators;

/// <summary>
/// The indicator page's charts: per dimension reported (sex, age group, state …) the slices next to the total, period by
/// period; with no slices, the total alone. Yes/no and qualitative values are not charted.
/// </summary>
public static class IndicatorCharts
{
    public static List<BarChartData> For(IndicatorDetail indicator, UiText text)
    {
        if (indicator.Type is not (IndicatorType.Number or IndicatorType.Percentage) || indicator.Values.Count == 0) return [];
        var periods = indicator.Values.Select(v => (v.Period, v.Year)).Distinct().OrderBy(p => p.Year).ThenBy(p => p.Period).Select(p => p.Period).ToList();
        var totals = indicator.Values.Where(v => v.IsTotal).GroupBy(v => v.Period).ToDictionary(g => g.Key, g => g.First().Value);
        var format = IndicatorFormat.Number(indicator.Type);
        var slices = indicator.Values.Where(v => v.Parts.Count == 1).GroupBy(v => v.Parts[0].Dimension).OrderBy(g => g.Key).ToList();

        if (slices.Count == 0)
        {
            if (totals.Count == 0) return [];
            return [Chart(text["Indicators_ChartTotals", indicator.Code], "chart-total", periods, [Total(text, periods, totals)], text, format)];
        }
        return [.. slices.Select(dimension =>
        {
            var series = new List<ChartSeries>();
            if (totals.Count > 0) series.Add(Total(text, periods, totals));
            series.AddRange(dimension
                .GroupBy(v => v.Parts[0].Label)
                .Select(category => new ChartSeries(category.Key,
                    [.. periods.Select(p => category.FirstOrDefault(v => v.Period == p)?.Value)])));
            var name = text["Indicators_Dimension_" + dimension.Key];
            return Chart(text["Indicators_ChartBy", indicator.Code, name], $"chart-{dimension.Key.ToString().ToLowerInvariant()}", periods, series, text, format);
        })];
    }

    /// <summary>Dimensions the indicator is meant to be reported by, for which nothing by that dimension is published.</summary>
    public static List<DisaggregationDimension> NotReported(IndicatorDetail indicator) =>
        [.. indicator.Dimensions.Where(d => !indicator.Values.Any(v => v.Parts.Any(p => p.Dimension == d)))];

    private static ChartSeries Total(UiText text, List<string> periods, Dictionary<string, decimal?> totals) =>
        new(text["Indicators_Total"], [.. periods.Select(p => totals.GetValueOrDefault(p))]);

    private static BarChartData Chart(string title, string id, List<string> periods, List<ChartSeries> series, UiText text, Func<decimal, string> format) =>
        new(title, periods, series, Stacked: false, format) { Id = id, CategoryHeading = text["Indicators_Period"] };
}
