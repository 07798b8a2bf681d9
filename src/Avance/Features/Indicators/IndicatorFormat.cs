using Avance.Web;

namespace Avance.Features.Indicators;

/// <summary>Indicator values and progress sentences as readers see them, in the page's language and number format.</summary>
public static class IndicatorFormat
{
    public static string Value(UiText text, IndicatorType type, decimal? value, string? textValue) => (type, value) switch
    {
        (IndicatorType.YesNo, 1) => text["Indicators_Yes"],
        (IndicatorType.YesNo, 0) => text["Indicators_No"],
        (IndicatorType.Percentage, { } v) => Percent(v),
        (_, { } v) => Format.Number(v),
        _ => textValue ?? "",
    };

    /// <summary>"Total", or a slice's dimensions and categories: "Sex: Women; State: Chiapas".</summary>
    public static string Slice(UiText text, IReadOnlyList<DisaggregationPartRow> parts) =>
        parts.Count == 0 ? text["Indicators_Total"] : string.Join("; ", parts.Select(p => $"{text["Indicators_Dimension_" + p.Dimension]}: {p.Label}"));

    /// <summary>The number alone, as chart axes and labels need it.</summary>
    public static Func<decimal, string> Number(IndicatorType type) => type == IndicatorType.Percentage ? Percent : Format.Number;

    /// <summary>The one-sentence explanation of the rule that gave the status (docs/progress-status.md).</summary>
    public static string Rule(UiText text, IndicatorType type, ProgressAssessment progress) =>
        text[$"Indicators_Rule_{progress.Rule}",
            progress.Target?.Value is { } target ? Value(text, type, target, null) : "",
            progress.Target?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
            progress.Expected is { } expected ? Value(text, type, expected, null) : ""];

    private static string Percent(decimal value) => Format.Number(value) + " %";
}
