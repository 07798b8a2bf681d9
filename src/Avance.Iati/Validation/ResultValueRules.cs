using Avance.Iati.Model;

namespace Avance.Iati.Validation;

/// <summary>
/// Result values consistent with their indicator's measure: unit (1) and percentage (2) indicators need numbers, and
/// percentages above 100 are flagged. Nominal, ordinal and qualitative indicators (3–5) may carry words.
/// </summary>
internal static class ResultValueRules
{
    // IndicatorMeasure codes.
    private const string Unit = "1";
    private const string Percentage = "2";

    public static void Check(QualityContext context)
    {
        foreach (var (location, indicator) in ResultPaths.Indicators(context.Activity))
        {
            if (indicator.Measure is not (Unit or Percentage))
            {
                continue;
            }
            foreach (var value in Values(location, indicator))
            {
                CheckValue(context, indicator.Measure, value.Location, value.Value);
            }
        }
    }

    private static IEnumerable<(string Location, IatiValue? Value)> Values(string indicatorLocation, Indicator indicator)
    {
        foreach (var (location, baseline) in LocationPath.Each(indicator.Baselines, IatiXml.Element.Baseline, indicatorLocation))
        {
            yield return (location, baseline.Value);
        }
        foreach (var (periodLocation, period) in LocationPath.Each(indicator.Periods, IatiXml.Element.Period, indicatorLocation))
        {
            foreach (var (location, target) in LocationPath.Each(period.Targets, IatiXml.Element.Target, periodLocation))
            {
                yield return (location, target.Value);
            }
            foreach (var (location, actual) in LocationPath.Each(period.Actuals, IatiXml.Element.Actual, periodLocation))
            {
                yield return (location, actual.Value);
            }
        }
    }

    private static void CheckValue(QualityContext context, string measure, string location, IatiValue? value)
    {
        if (value is { Number: null, Text: { } text } && !string.IsNullOrWhiteSpace(text))
        {
            var measured = ValidationMessages.Get(measure == Unit ? "MeasureUnits" : "MeasurePercentage", context.Culture);
            context.Report(ValidationRules.ValueNotNumeric, "MessageValueNotNumeric", location, location, text, measured);
        }
        else if (measure == Percentage && value?.Number > 100m)
        {
            context.Report(ValidationRules.PercentageAbove100, "MessagePercentageAbove100", location, location, value.Number);
        }
    }
}
