using System.Globalization;
using System.Xml.Linq;
using Avance.Web.Charts;

namespace Avance.Tests.Web.Charts;

public sealed class BarChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void GroupedBars_HaveHeightsProportionalToTheirValues()
    {
        var chart = Render(Data(["2021", "2022"], false, ("Total", [50m, 100m]), ("Women", [25m, null])));

        var bars = Bars(chart);
        Assert.Equal(3, bars.Count);
        var fifty = Height(bars, series: 0, category: 0);
        Assert.Equal(2 * fifty, Height(bars, series: 0, category: 1), 1);
        Assert.Equal(fifty / 2, Height(bars, series: 1, category: 0), 1);
    }

    [Fact]
    public void GroupedBars_StandOnTheBaselineAndTheLargestReachesItsShareOfTheAxis()
    {
        var chart = Render(Data(["2021"], false, ("Officers", [119m])));

        var bar = Assert.Single(Bars(chart));
        Assert.Equal("125", chart.Root!.Attribute("data-axis-max")!.Value);
        Assert.Equal(BarChart.PlotHeight * 119 / 125, Height(bar), 1);
        Assert.Equal(BarChart.PlotTop + BarChart.PlotHeight, Y(bar) + Height(bar), 1);
    }

    [Fact]
    public void StackedBars_PileSegmentsOnEachOtherUpToTheSum()
    {
        var chart = Render(Data(["2021", "2022"], true, ("Development", [100m, 60m]), ("Humanitarian", [50m, 40m])));

        var bars = Bars(chart);
        var development = bars.Single(b => Series(b) == 0 && Category(b) == 0);
        var humanitarian = bars.Single(b => Series(b) == 1 && Category(b) == 0);
        Assert.Equal(Y(development), Y(humanitarian) + Height(humanitarian), 1);
        Assert.Equal(2 * Height(humanitarian), Height(development), 1);
        var stack2021 = Height(development) + Height(humanitarian);
        var stack2022 = bars.Where(b => Category(b) == 1).Sum(Height);
        Assert.Equal(stack2021 * 100 / 150, stack2022, 1);
        Assert.Equal(BarChart.PlotHeight * 150 / 150, stack2021, 1);
        Assert.Contains(Texts(chart, "value"), t => t == "150");
    }

    [Fact]
    public void NullValues_DrawNoBarButAVisibleNoValueMark()
    {
        var chart = Render(Data(["2021", "2022"], false, ("Total", [10m, null])));

        Assert.Single(Bars(chart));
        Assert.Equal(["–"], Texts(chart, "no-value"));
        Assert.Contains("2022: Total –", Description(chart));
    }

    [Fact]
    public void StackedCategoryWithOnlyNulls_ShowsTheNoValueMarkAsItsTotal()
    {
        var chart = Render(Data(["2021", "2022"], true, ("A", [10m, null]), ("B", [5m, null])) with { NoValue = "n/d" });

        Assert.DoesNotContain(Bars(chart), b => Category(b) == 1);
        Assert.Equal(["15", "n/d"], Texts(chart, "value"));
    }

    [Fact]
    public void EmptyChart_RendersAnAxisAndNoBars()
    {
        var chart = Render(Data([], false));

        Assert.Empty(Bars(chart));
        Assert.Equal("img", chart.Root!.Attribute("role")!.Value);
    }

    [Fact]
    public void AllZeroValues_DrawFlatBarsOnAUnitAxis()
    {
        var chart = Render(Data(["2021"], false, ("Total", [0m])));

        Assert.Equal(0, Height(Assert.Single(Bars(chart))));
        Assert.Equal("1", chart.Root!.Attribute("data-axis-max")!.Value);
    }

    [Fact]
    public void Svg_IsAnImageLabelledByItsTitleAndADescriptionOfEveryValue()
    {
        var chart = Render(Data(["2021", "2022"], false, ("Total", [119m, 200m]), ("Women", [36m, 60m])) with { Id = "officers" });

        var root = chart.Root!;
        Assert.Equal("img", root.Attribute("role")!.Value);
        Assert.Equal("officers-title officers-desc", root.Attribute("aria-labelledby")!.Value);
        Assert.Equal("Trained officers", root.Element(Svg + "title")!.Value);
        Assert.Equal("officers-title", root.Element(Svg + "title")!.Attribute("id")!.Value);
        Assert.Equal("2021: Total 119, Women 36; 2022: Total 200, Women 60.", Description(chart));
    }

    [Fact]
    public void Svg_ShrinksWithItsContainerAndCarriesNoScript()
    {
        var markup = Markup(Data(["2021"], false, ("Total", [1m])));
        var root = XDocument.Parse(markup).Root!;

        var viewBox = root.Attribute("viewBox")!.Value.Split(' ');
        Assert.Equal(["0", "0"], viewBox[..2]);
        Assert.Equal(viewBox[2], root.Attribute("width")!.Value);
        Assert.Equal(viewBox[3], root.Attribute("height")!.Value);
        Assert.Contains("max-width:100%", root.Attribute("style")!.Value);
        Assert.DoesNotContain("<script", markup, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" on", markup.Replace(" one", ""), StringComparison.Ordinal);
    }

    [Fact]
    public void Width_GrowsWithTheBarsUpToAMaximum()
    {
        var two = Width(Render(Data(["2021", "2022"], false, ("Total", [1m, 2m]))));
        var four = Width(Render(Data(["2020", "2021", "2022", "2023"], false, ("Total", [1m, 2m, 3m, 4m]), ("Women", [1m, 1m, 1m, 1m]))));
        var many = Width(Render(Data([.. Enumerable.Range(2000, 30).Select(y => y.ToString(CultureInfo.InvariantCulture))], true,
            ("A", [.. Enumerable.Repeat<decimal?>(1m, 30)]))));

        Assert.True(two < four, $"{two} < {four}");
        Assert.True(two >= 320);
        Assert.Equal(BarChart.MaxWidth, many);
    }

    [Fact]
    public void Series_DifferByHatchingAsWellAsColour_AndTheLegendUsesTheSameFills()
    {
        var chart = Render(Data(["2021"], false, ("Men", [1m]), ("Women", [2m]), ("Other", [3m])));

        var fills = Bars(chart).OrderBy(Series).Select(b => b.Attribute("fill")!.Value).ToList();
        Assert.Equal(3, fills.Distinct().Count());
        var patterns = chart.Descendants(Svg + "pattern").Select(p => $"url(#{p.Attribute("id")!.Value})").ToList();
        Assert.Equal(fills.Skip(1), patterns);
        var legend = chart.Descendants(Svg + "g").Single(g => g.Attribute("class")?.Value == "legend");
        Assert.Equal(fills, legend.Elements(Svg + "rect").Select(r => r.Attribute("fill")!.Value));
        Assert.Equal(["Men", "Women", "Other"], legend.Elements(Svg + "text").Select(t => t.Value));
        Assert.All(Bars(chart), b => Assert.NotNull(b.Attribute("stroke")));
    }

    [Fact]
    public void Ticks_AreRoundAndLabelledInThePagesFormat()
    {
        var chart = Render(Data(["2022"], false, ("Total", [5585m])) with { }, v => v.ToString("N0", CultureInfo.GetCultureInfo("es")));

        var ticks = chart.Descendants(Svg + "text").Where(t => t.Attribute("text-anchor")?.Value == "end").Select(t => t.Value).ToList();
        Assert.Equal(["0", "2.000", "4.000", "6.000"], ticks);
    }

    [Theory]
    [InlineData(119, 125, 6)]
    [InlineData(200, 200, 5)]
    [InlineData(30, 30, 4)]
    [InlineData(100, 100, 6)]
    [InlineData(0.8, 0.8, 5)]
    [InlineData(233092, 250000, 6)]
    public void ValueAxis_EndsOnARoundNumberWithFourToSixTicks(double largest, double max, int tickCount)
    {
        var axis = ValueAxis.For((decimal)largest);

        Assert.Equal((decimal)max, axis.Max);
        Assert.Equal(tickCount, axis.Ticks.Count);
        Assert.Equal(0, axis.Ticks[0]);
        Assert.Equal(axis.Max, axis.Ticks[^1]);
    }

    [Fact]
    public void Text_IsEscapedButAccentsStayReadable()
    {
        var markup = Markup(new BarChartData("Capacitación <b>&</b>", ["Mujeres \"M\""], [new ChartSeries("Año", [1m])], false, Plain));

        Assert.Contains("Capacitación &lt;b&gt;&amp;&lt;/b&gt;", markup);
        Assert.Contains("Mujeres &quot;M&quot;", markup);
        XDocument.Parse(markup);
    }

    [Fact]
    public void DifferentCharts_GetDifferentIds()
    {
        var first = Render(Data(["2021"], false, ("A", [1m])));
        var second = Render(Data(["2022"], false, ("A", [1m])));

        Assert.NotEqual(first.Root!.Attribute("aria-labelledby")!.Value, second.Root!.Attribute("aria-labelledby")!.Value);
    }

    [Fact]
    public void LongCategoryNames_WrapOntoSeveralLines()
    {
        var chart = Render(Data(["Public servants of the federal judiciary", "Officers", "Police", "Navy"], false, ("Total", [1m, 2m, 3m, 4m])));

        var category = chart.Descendants(Svg + "text").First(t => t.Attribute("class")?.Value == "category");
        Assert.True(category.Elements(Svg + "tspan").Count() > 1);
        Assert.Equal("Public servants of the federal judiciary", string.Join(" ", category.Elements(Svg + "tspan").Select(t => t.Value)));
    }

    internal static BarChartData Data(string[] categories, bool stacked, params (string Name, decimal?[] Values)[] series) =>
        new("Trained officers", categories, [.. series.Select(s => new ChartSeries(s.Name, s.Values))], stacked, Plain);

    private static string Plain(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Markup(BarChartData data) => BarChart.Render(data).ToString()!;

    private static XDocument Render(BarChartData data, Func<decimal, string>? format = null) =>
        XDocument.Parse(Markup(format is null ? data : data with { FormatValue = format }));

    private static List<XElement> Bars(XDocument chart) =>
        [.. chart.Descendants(Svg + "rect").Where(r => r.Attribute("class")?.Value == "bar")];

    private static List<string> Texts(XDocument chart, string cssClass) =>
        [.. chart.Descendants(Svg + "text").Where(t => t.Attribute("class")?.Value == cssClass).Select(t => t.Value)];

    private static string Description(XDocument chart) => chart.Root!.Element(Svg + "desc")!.Value;

    private static double Height(List<XElement> bars, int series, int category) =>
        Height(bars.Single(b => Series(b) == series && Category(b) == category));

    private static double Width(XDocument chart) => double.Parse(chart.Root!.Attribute("width")!.Value, CultureInfo.InvariantCulture);

    private static double Height(XElement bar) => double.Parse(bar.Attribute("height")!.Value, CultureInfo.InvariantCulture);
    private static double Y(XElement bar) => double.Parse(bar.Attribute("y")!.Value, CultureInfo.InvariantCulture);
    private static int Series(XElement bar) => int.Parse(bar.Attribute("data-series")!.Value, CultureInfo.InvariantCulture);
    private static int Category(XElement bar) => int.Parse(bar.Attribute("data-category")!.Value, CultureInfo.InvariantCulture);
}
