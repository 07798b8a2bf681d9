using Avance.Web;
using Avance.Web.Maps;
using Microsoft.AspNetCore.Html;

namespace Avance.Features.Programmes;

/// <summary>The choropleth of one metric and year, and the counts the page states beside it.</summary>
public sealed record ProgrammeMapView(IHtmlContent Html, int StatesWithFigure, int StatesWithout, bool SomeStateHasSeveralFigures);

public static class ProgrammeMap
{
    /// <summary>
    /// Colours each state by its state-wide figure. Where sources give a state more than one figure the map can show
    /// only one: it takes the first in the table's order (by source), and the page says so.
    /// </summary>
    public static ProgrammeMapView Render(ProjectedMap map, UiText text, ProgrammeMetric metric, int year, IReadOnlyList<ProgrammeFigureRow> stateFigures)
    {
        var byState = stateFigures.Where(f => f.StateCode is not null && f.Municipality is null).GroupBy(f => f.StateCode!).ToList();
        var values = byState.ToDictionary(g => g.Key, g => g.First().Value);
        var drawn = map.Regions.Count(r => values.ContainsKey(r.Code));
        var metricName = FigureText.Metric(text, metric);
        var currency = stateFigures.Select(f => f.Currency).FirstOrDefault(c => c is not null);
        var data = new ChoroplethData(
            Id: "programme-map",
            Title: text["ProgrammesMapHeading", metricName, year],
            Description: text["ProgrammesMapDescription", metricName, year, drawn, map.Regions.Count - drawn],
            Values: values,
            FormatValue: value => FigureText.Value(text, metric, value, currency, isLowerBound: false),
            LegendTitle: metricName,
            NoDataLabel: text["ProgrammesNoData"]);
        return new ProgrammeMapView(Choropleth.Render(map, data), drawn, map.Regions.Count - drawn, byState.Any(g => g.Count() > 1));
    }
}
