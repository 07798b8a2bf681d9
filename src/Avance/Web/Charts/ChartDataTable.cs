using System.Text;
using Microsoft.AspNetCore.Html;
using static Avance.Web.Charts.SvgText;

namespace Avance.Web.Charts;

/// <summary>The chart's numbers as an accessible table: categories as row headers, one column per series.</summary>
internal static class ChartDataTable
{
    public static IHtmlContent Render(BarChartData data)
    {
        var withTotal = data.Stacked && data.TotalLabel is not null;
        var html = new StringBuilder($"<table class=\"chart-data\" data-chart-table=\"{data.ChartId}\"><caption>{Escape(data.Title)}</caption><thead><tr>")
            .Append($"<th scope=\"col\">{Escape(data.CategoryHeading ?? "")}</th>");
        foreach (var series in data.Series) html.Append($"<th scope=\"col\" class=\"number\">{Escape(series.Name)}</th>");
        if (withTotal) html.Append($"<th scope=\"col\" class=\"number\">{Escape(data.TotalLabel!)}</th>");
        html.Append("</tr></thead><tbody>");
        for (var category = 0; category < data.Categories.Count; category++)
        {
            html.Append($"<tr><th scope=\"row\">{Escape(data.Categories[category])}</th>");
            foreach (var series in data.Series) html.Append(Cell(data, series.Values.ElementAtOrDefault(category)));
            if (withTotal) html.Append(Cell(data, data.Total(category)));
            html.Append("</tr>");
        }
        return new HtmlString(html.Append("</tbody></table>").ToString());
    }

    private static string Cell(BarChartData data, decimal? value) =>
        $"<td class=\"number\">{Escape(value is { } v ? data.FormatValue(v) : data.NoValue)}</td>";
}
