using System.Text;
using Microsoft.AspNetCore.Html;
using static Avance.Web.Charts.SvgText;

namespace Avance.Web.Charts;

/// <summary>One named series of values, one per category (null where there is no value).</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<decimal?> Values);

/// <summary>
/// What a bar chart shows. Grouped bars by default; stacked when the series are parts of one whole
/// (development + humanitarian). FormatValue writes values in the page's culture.
/// </summary>
public sealed record BarChartData(
    string Title, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series, bool Stacked, Func<decimal, string> FormatValue)
{
    /// <summary>Prefix of the ids inside the SVG; give one when a page shows two charts with the same title.</summary>
    public string? Id { get; init; }
    /// <summary>Heading of the category column in the data table ("Year").</summary>
    public string? CategoryHeading { get; init; }
    /// <summary>When set, stacked charts state each category's total under this name in the description and table.</summary>
    public string? TotalLabel { get; init; }
    /// <summary>Shown where a series has no value for a category.</summary>
    public string NoValue { get; init; } = "–";

    internal string ChartId => Id ?? "chart-" + StableHash(Title + "|" + string.Join("|", Categories)).ToString("x8");

    internal decimal? Total(int category)
    {
        var values = Series.Select(s => s.Values.ElementAtOrDefault(category)).Where(v => v is not null).ToList();
        return values.Count == 0 ? null : values.Sum();
    }

    private static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text) hash = (hash ^ c) * 16777619u;
        return hash;
    }
}

/// <summary>
/// Server-rendered, accessible SVG bar charts (role="img", a title and a description; no script). The SVG scales
/// to its container through its viewBox; bars carry hatching as well as colour so print in black and white works.
/// </summary>
public static class BarChart
{
    internal const double MaxWidth = 640;
    private const double MinWidth = 320;
    internal const double PlotTop = 24;
    internal const double PlotHeight = 220;
    private const double RightMargin = 12;
    private const double FontSize = 12;
    private const string Ink = "#1d2430";

    public static IHtmlContent Render(BarChartData data)
    {
        var id = data.ChartId;
        var axis = ValueAxis.For(Largest(data));
        var tickLabels = axis.Ticks.Select(t => data.FormatValue(t)).ToList();
        var left = Math.Max(36, tickLabels.Max(l => Width(l, 11)) + 14);
        var width = ViewWidth(data, left);
        var plotWidth = width - left - RightMargin;
        var groupWidth = plotWidth / Math.Max(1, data.Categories.Count);
        var categoryLines = data.Categories.Select(c => Wrap(c, Math.Max(4, (int)(groupWidth / (FontSize * 0.58))))).ToList();
        var labelHeight = (categoryLines.Count == 0 ? 1 : categoryLines.Max(l => l.Count)) * 14 + 10;
        var legend = ChartLegend.Layout(data.Series.Select(s => s.Name).ToList(), left, width - RightMargin);
        var baseline = PlotTop + PlotHeight;
        var height = baseline + labelHeight + legend.Height + 8;

        var svg = new StringBuilder();
        // Drawn at its own size where there is room, shrunk with the container where there is not (phones, print).
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bar-chart\" viewBox=\"0 0 {N(width)} {N(height)}\" ")
            .Append($"width=\"{N(width)}\" height=\"{N(height)}\" style=\"max-width:100%;height:auto\" ")
            .Append($"role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" font-family=\"system-ui, sans-serif\" font-size=\"{N(FontSize)}\" ")
            .Append($"data-chart=\"{(data.Stacked ? "stacked" : "grouped")}\" data-axis-max=\"{N(axis.Max)}\">")
            .Append($"<title id=\"{id}-title\">{Escape(data.Title)}</title>")
            .Append($"<desc id=\"{id}-desc\">{Escape(ChartDescription.Of(data))}</desc>")
            .Append($"<defs>{ChartPalette.Definitions(id, data.Series.Count)}</defs>");

        for (var i = 0; i < axis.Ticks.Count; i++)
        {
            var y = baseline - Scale(axis.Ticks[i], axis);
            var line = i == 0 ? $"stroke=\"{Ink}\"" : "stroke=\"#d9dde3\"";
            svg.Append($"<line class=\"tick\" x1=\"{N(left)}\" x2=\"{N(width - RightMargin)}\" y1=\"{N(y)}\" y2=\"{N(y)}\" {line} />")
                .Append($"<text x=\"{N(left - 6)}\" y=\"{N(y + 4)}\" text-anchor=\"end\" font-size=\"11\" fill=\"{Ink}\">{Escape(tickLabels[i])}</text>");
        }

        for (var category = 0; category < data.Categories.Count; category++)
        {
            var groupLeft = left + category * groupWidth;
            if (data.Stacked) StackedBar(svg, data, category, groupLeft, groupWidth, axis);
            else GroupedBars(svg, data, category, groupLeft, groupWidth, axis);
            var lines = categoryLines[category];
            svg.Append($"<text class=\"category\" x=\"{N(groupLeft + groupWidth / 2)}\" y=\"{N(baseline + 16)}\" text-anchor=\"middle\" fill=\"{Ink}\">");
            for (var l = 0; l < lines.Count; l++)
                svg.Append($"<tspan x=\"{N(groupLeft + groupWidth / 2)}\" dy=\"{(l == 0 ? "0" : "14")}\">{Escape(lines[l])}</tspan>");
            svg.Append("</text>");
        }

        svg.Append(legend.Svg(id, baseline + labelHeight + 4));
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>The matching data table (caption = chart title), to place beside the chart.</summary>
    public static IHtmlContent Table(BarChartData data) => ChartDataTable.Render(data);

    private static void GroupedBars(StringBuilder svg, BarChartData data, int category, double groupLeft, double groupWidth, ValueAxis axis)
    {
        var count = Math.Max(1, data.Series.Count);
        var barWidth = Math.Min(48, groupWidth * 0.72 / count);
        var start = groupLeft + (groupWidth - barWidth * count) / 2;
        for (var series = 0; series < data.Series.Count; series++)
        {
            var x = start + series * barWidth;
            var value = data.Series[series].Values.ElementAtOrDefault(category);
            var baseline = PlotTop + PlotHeight;
            if (value is not { } v)
            {
                svg.Append($"<text class=\"no-value\" x=\"{N(x + barWidth / 2)}\" y=\"{N(baseline - 4)}\" text-anchor=\"middle\" font-size=\"11\" fill=\"{Ink}\">{Escape(data.NoValue)}</text>");
                continue;
            }
            var height = Scale(v, axis);
            Bar(svg, data, series, category, v, x + 1, baseline - height, barWidth - 2, height);
            var label = data.FormatValue(v);
            if (Width(label, 10) <= barWidth + 4)
                svg.Append($"<text class=\"value\" x=\"{N(x + barWidth / 2)}\" y=\"{N(baseline - height - 4)}\" text-anchor=\"middle\" font-size=\"10\" fill=\"{Ink}\">{Escape(label)}</text>");
        }
    }

    private static void StackedBar(StringBuilder svg, BarChartData data, int category, double groupLeft, double groupWidth, ValueAxis axis)
    {
        var barWidth = Math.Min(64, groupWidth * 0.55);
        var x = groupLeft + (groupWidth - barWidth) / 2;
        var top = PlotTop + PlotHeight;
        for (var series = 0; series < data.Series.Count; series++)
        {
            if (data.Series[series].Values.ElementAtOrDefault(category) is not { } v || v <= 0) continue;
            var height = Scale(v, axis);
            top -= height;
            Bar(svg, data, series, category, v, x, top, barWidth, height);
        }
        var label = data.Total(category) is { } total ? data.FormatValue(total) : data.NoValue;
        svg.Append($"<text class=\"value\" x=\"{N(x + barWidth / 2)}\" y=\"{N(top - 4)}\" text-anchor=\"middle\" font-size=\"10\" fill=\"{Ink}\">{Escape(label)}</text>");
    }

    private static void Bar(StringBuilder svg, BarChartData data, int series, int category, decimal value, double x, double y, double width, double height) =>
        svg.Append($"<rect class=\"bar\" data-series=\"{series}\" data-category=\"{category}\" data-value=\"{N(value)}\" ")
            .Append($"x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(width)}\" height=\"{N(height)}\" fill=\"{ChartPalette.Fill(data.ChartId, series)}\" stroke=\"{Ink}\" stroke-width=\"1\">")
            .Append($"<title>{Escape($"{data.Series[series].Name}, {data.Categories[category]}: {data.FormatValue(value)}")}</title></rect>");

    /// <summary>
    /// Wide enough for the bars and no wider, so a chart of two years is not stretched across a page and its text stays
    /// legible when a phone shrinks it.
    /// </summary>
    private static double ViewWidth(BarChartData data, double left)
    {
        var perCategory = data.Stacked ? 72 : Math.Max(56, data.Series.Count * 30 + 24);
        return Math.Clamp(left + RightMargin + Math.Max(1, data.Categories.Count) * perCategory, MinWidth, MaxWidth);
    }

    private static double Scale(decimal value, ValueAxis axis) => (double)(value / axis.Max) * PlotHeight;

    private static decimal Largest(BarChartData data)
    {
        var largest = 0m;
        for (var category = 0; category < data.Categories.Count; category++)
        {
            var values = data.Series.Select(s => s.Values.ElementAtOrDefault(category) ?? 0).ToList();
            var candidate = data.Stacked ? values.Where(v => v > 0).Sum() : values.DefaultIfEmpty(0).Max();
            largest = Math.Max(largest, candidate);
        }
        return largest;
    }
}
