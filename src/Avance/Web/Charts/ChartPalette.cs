using System.Text;

namespace Avance.Web.Charts;

/// <summary>
/// Series colours from the Okabe–Ito palette, which stays distinguishable with the common colour-vision
/// deficiencies, each paired with its own hatching so series still differ in black-and-white print.
/// </summary>
internal static class ChartPalette
{
    private static readonly string[] Colours = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442"];

    /// <summary>The hatching drawn over each colour; the first series is plain.</summary>
    private static readonly string[] Hatchings =
    [
        "",
        "<path d=\"M0 8L8 0M-2 2L2 -2M6 10L10 6\" />",
        "<circle cx=\"2\" cy=\"2\" r=\"1.3\" /><circle cx=\"6\" cy=\"6\" r=\"1.3\" />",
        "<path d=\"M0 4H8M4 0V8\" />",
        "<path d=\"M0 0L8 8M-2 6L2 10M6 -2L10 2\" />",
        "<path d=\"M0 2H8M0 6H8\" />",
        "<path d=\"M2 0V8M6 0V8\" />",
    ];

    public static string Colour(int series) => Colours[series % Colours.Length];

    public static string Fill(string chartId, int series) =>
        series % Hatchings.Length == 0 ? Colour(series) : $"url(#{chartId}-s{series})";

    /// <summary>SVG pattern definitions for the series that are hatched.</summary>
    public static string Definitions(string chartId, int seriesCount)
    {
        var defs = new StringBuilder();
        for (var series = 0; series < seriesCount; series++)
        {
            var hatching = Hatchings[series % Hatchings.Length];
            if (hatching.Length == 0) continue;
            defs.Append($"<pattern id=\"{chartId}-s{series}\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\">")
                .Append($"<rect width=\"8\" height=\"8\" fill=\"{Colour(series)}\" />")
                .Append($"<g fill=\"#000\" fill-opacity=\".55\" stroke=\"#000\" stroke-opacity=\".55\" stroke-width=\"1.4\">{hatching}</g>")
                .Append("</pattern>");
        }
        return defs.ToString();
    }
}
