using System.Globalization;
using Avance.Features.Funding;
using Avance.Features.Sources;
using Avance.Web;

namespace Avance.Tests.Features.Funding;

public sealed class FundingTotalsTests
{
    private static readonly SourceRow Report = new("report", "Annual report", null, null, null);
    private static readonly SourceRow Press = new("press", "Press release", null, null, null);

    private static FundingRow Row(string partner, int year, decimal development, decimal humanitarian, SourceRow source, string currency = "USD") =>
        new(1, null, partner, null, year, currency, development, humanitarian, source);

    [Fact]
    public void ByYear_AddsPartnersWithinASourceAndCurrency_ButNeverAcrossThem()
    {
        var totals = FundingTotals.ByYear(
        [
            Row("A", 2021, 100m, 10m, Report), Row("B", 2021, 50m, 0m, Report),
            Row("A", 2021, 120m, 0m, Press), Row("C", 2021, 1_000m, 0m, Report, "MXN"), Row("A", 2022, 70m, 5m, Report),
        ]);

        Assert.Equal(
            [(2022, "USD", "report", 70m, 5m), (2021, "MXN", "report", 1_000m, 0m), (2021, "USD", "press", 120m, 0m), (2021, "USD", "report", 150m, 10m)],
            totals.Select(t => (t.Year, t.Currency, t.Source.Key, t.Development, t.Humanitarian)));
        Assert.Equal(160m, totals[^1].Total);
    }

    [Fact]
    public void Chart_StacksDevelopmentAndHumanitarianByYear_FromTheSourceCoveringMostYears()
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        try
        {
            AssertChart();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    private static void AssertChart()
    {
        var totals = FundingTotals.ByYear(
        [
            Row("A", 2022, 70m, 5m, Report), Row("A", 2021, 100m, 10m, Report), Row("A", 2021, 120m, 0m, Press),
        ]);

        var chart = FundingChart.For(totals, new UiText());

        Assert.NotNull(chart);
        Assert.True(chart.Data.Stacked);
        Assert.Equal(["2021", "2022"], chart.Data.Categories);
        Assert.Equal(["Development", "Humanitarian"], chart.Data.Series.Select(s => s.Name));
        Assert.Equal([100m, 70m], chart.Data.Series[0].Values);
        Assert.Equal([10m, 5m], chart.Data.Series[1].Values);
        Assert.Equal("report", chart.Source.Key);
        Assert.True(chart.LeavesOutOtherFigures);
        Assert.Equal("$1,234", chart.Data.FormatValue(1_234m));
    }

    [Fact]
    public void Chart_WithoutContributions_IsNone() => Assert.Null(FundingChart.For([], new UiText()));
}
