using Avance.Iati.Model;

namespace Avance.Iati.Validation;

/// <summary>Walks the results of an activity down to indicators and periods, with their locations.</summary>
internal static class ResultPaths
{
    /// <summary>Every indicator of every result, e.g. at <c>result[2]/indicator</c>.</summary>
    public static IEnumerable<(string Location, Indicator Indicator)> Indicators(IatiActivity activity) =>
        from result in LocationPath.Each(activity.Results, IatiXml.Element.Result)
        from indicator in LocationPath.Each(result.Item.Indicators, IatiXml.Element.Indicator, result.Location)
        select indicator;

    /// <summary>Every period of every indicator, e.g. at <c>result[2]/indicator/period[3]</c>.</summary>
    public static IEnumerable<(string Location, ResultPeriod Period)> Periods(IatiActivity activity) =>
        from indicator in Indicators(activity)
        from period in LocationPath.Each(indicator.Indicator.Periods, IatiXml.Element.Period, indicator.Location)
        select period;
}
