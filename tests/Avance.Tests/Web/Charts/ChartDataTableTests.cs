using System.Globalization;
using System.Xml.Linq;
using Avance.Web.Charts;

namespace Avance.Tests.Web.Charts;

public sealed class ChartDataTableTests
{
    [Fact]
    public void Table_HasTheChartTitleAsCaptionAndScopedHeaders()
    {
        var table = Parse(BarChartTests.Data(["2021", "2022"], false, ("Total", [119m, 200m]), ("Women", [36m, null])) with { CategoryHeading = "Year" });

        Assert.Equal("Trained officers", table.Element("caption")!.Value);
        var headers = table.Element("thead")!.Descendants("th").ToList();
        Assert.Equal(["Year", "Total", "Women"], headers.Select(h => h.Value));
        Assert.All(headers, h => Assert.Equal("col", h.Attribute("scope")!.Value));
        var rows = table.Element("tbody")!.Elements("tr").ToList();
        Assert.Equal(["2021", "2022"], rows.Select(r => r.Element("th")!.Value));
        Assert.All(rows, r => Assert.Equal("row", r.Element("th")!.Attribute("scope")!.Value));
        Assert.Equal(["200", "–"], rows[1].Elements("td").Select(td => td.Value));
    }

    [Fact]
    public void StackedTable_WithATotalLabel_AddsTheSumOfEachCategory()
    {
        var data = BarChartTests.Data(["2021", "2022"], true, ("Development", [100m, null]), ("Humanitarian", [50m, null])) with { TotalLabel = "Total" };

        var table = Parse(data);

        var rows = table.Element("tbody")!.Elements("tr").ToList();
        Assert.Equal(["100", "50", "150"], rows[0].Elements("td").Select(td => td.Value));
        Assert.Equal(["–", "–", "–"], rows[1].Elements("td").Select(td => td.Value));
        Assert.Contains("Total 150", BarChart.Render(data).ToString());
    }

    [Fact]
    public void Table_UsesTheChartsNumberFormat()
    {
        var data = BarChartTests.Data(["2022"], false, ("Total", [5585m])) with { FormatValue = v => v.ToString("N0", CultureInfo.GetCultureInfo("es")) };

        Assert.Equal("5.585", Parse(data).Descendants("td").Single().Value);
    }

    private static XElement Parse(BarChartData data) => XElement.Parse(BarChart.Table(data).ToString()!);
}
