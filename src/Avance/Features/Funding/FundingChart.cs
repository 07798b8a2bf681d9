using System.Globalization;
using Avance.Features.Sources;
using Avance.Web;
using Avance.Web.Charts;

namespace Avance.Features.Funding;

/// <summary>
/// An outcome's funding by year as a stacked bar (development + humanitarian). A bar adds up one source in one
/// currency, the one that covers the most years, and says which; the tables beside it list every source.
/// </summary>
public sealed record FundingChart(BarChartData Data, SourceRow Source, string Currency, bool LeavesOutOtherFigures)
{
    public static FundingChart? For(IReadOnlyList<FundingYearRow> years, UiText text)
    {
        var groups = years.GroupBy(y => (y.Currency, y.Source.Key)).ToList();
        var chosen = groups.OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Key, StringComparer.Ordinal).FirstOrDefault();
        if (chosen is null) return null;
        var rows = chosen.OrderBy(r => r.Year).ToList();
        var currency = chosen.Key.Currency;
        var data = new BarChartData(
            text["Results_FundingChartTitle", currency],
            [.. rows.Select(r => r.Year.ToString(CultureInfo.InvariantCulture))],
            [
                new ChartSeries(text["Development"], [.. rows.Select(r => (decimal?)r.Development)]),
                new ChartSeries(text["Humanitarian"], [.. rows.Select(r => (decimal?)r.Humanitarian)]),
            ],
            Stacked: true,
            value => Format.Money(value, currency))
        {
            Id = "funding-chart",
            CategoryHeading = text["Year"],
            TotalLabel = text["Total"],
        };
        return new FundingChart(data, rows[0].Source, currency, groups.Count > 1);
    }
}
