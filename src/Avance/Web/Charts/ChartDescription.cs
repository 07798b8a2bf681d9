namespace Avance.Web.Charts;

/// <summary>The text equivalent of a chart: every value, category by category, for the SVG's desc element.</summary>
internal static class ChartDescription
{
    public static string Of(BarChartData data)
    {
        if (data.Categories.Count == 0 || data.Series.Count == 0) return data.Title + ": " + data.NoValue;
        var parts = new List<string>();
        for (var category = 0; category < data.Categories.Count; category++)
        {
            var values = data.Series.Select(s => $"{s.Name} {Value(data, s.Values.ElementAtOrDefault(category))}").ToList();
            if (data.Stacked && data.TotalLabel is { } total) values.Add($"{total} {Value(data, data.Total(category))}");
            parts.Add($"{data.Categories[category]}: {string.Join(", ", values)}");
        }
        return string.Join("; ", parts) + ".";
    }

    private static string Value(BarChartData data, decimal? value) => value is { } v ? data.FormatValue(v) : data.NoValue;
}
