using System.Text;
using static Avance.Web.Charts.SvgText;

namespace Avance.Web.Charts;

/// <summary>The legend under a chart: one swatch (same colour and hatching as the bars) and name per series.</summary>
internal sealed class ChartLegend
{
    private const double RowHeight = 20;
    private const double Swatch = 14;
    private readonly List<(string Name, double X, int Row)> items = [];

    private ChartLegend() { }

    public double Height { get; private set; }

    public static ChartLegend Layout(IReadOnlyList<string> names, double left, double right)
    {
        var legend = new ChartLegend();
        double x = left;
        var row = 0;
        for (var i = 0; i < names.Count; i++)
        {
            var width = Swatch + 6 + Width(names[i], 12) + 18;
            if (x > left && x + width > right)
            {
                row++;
                x = left;
            }
            legend.items.Add((names[i], x, row));
            x += width;
        }
        legend.Height = names.Count == 0 ? 0 : (row + 1) * RowHeight;
        return legend;
    }

    public string Svg(string chartId, double top)
    {
        var svg = new StringBuilder("<g class=\"legend\">");
        for (var series = 0; series < items.Count; series++)
        {
            var (name, x, row) = items[series];
            var y = top + row * RowHeight;
            svg.Append($"<rect x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(Swatch)}\" height=\"{N(Swatch)}\" fill=\"{ChartPalette.Fill(chartId, series)}\" stroke=\"#1d2430\" stroke-width=\"1\" />")
                .Append($"<text x=\"{N(x + Swatch + 6)}\" y=\"{N(y + 11)}\" fill=\"#1d2430\">{Escape(name)}</text>");
        }
        return svg.Append("</g>").ToString();
    }
}
