using Microsoft.AspNetCore.Html;

namespace Avance.Web.Charts;

/// <summary>One named series of values, one per category (null where there is no value).</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<decimal?> Values);

/// <summary>
/// What a bar chart shows. Grouped bars by default; stacked when the series are parts of one whole
/// (development + humanitarian). FormatValue writes values in the page's culture.
/// </summary>
public sealed record BarChartData(
    string Title, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series, bool Stacked, Func<decimal, string> FormatValue);

/// <summary>Server-rendered, accessible SVG bar charts (role="img", a title and a description; no script).</summary>
public static class BarChart
{
    public static IHtmlContent Render(BarChartData data) => throw new NotImplementedException();
}
