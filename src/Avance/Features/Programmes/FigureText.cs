using Avance.Web;

namespace Avance.Features.Programmes;

/// <summary>How a programme figure reads in the page's language: money with its currency, "more than" for lower bounds.</summary>
public static class FigureText
{
    public static string Value(UiText text, ProgrammeMetric metric, decimal value, string? currency, bool isLowerBound)
    {
        var number = metric == ProgrammeMetric.Presence ? text[value > 0 ? "ProgrammesPresent" : "ProgrammesAbsent"]
            : currency is null ? Format.Number(value)
            : Format.Money(value, currency);
        return isLowerBound ? text["ProgrammesMoreThan", number] : number;
    }

    public static string Value(UiText text, ProgrammeFigureRow row) => Value(text, row.Metric, row.Value, row.Currency, row.IsLowerBound);

    public static string Metric(UiText text, ProgrammeMetric metric) => text["ProgrammesMetric_" + metric];

    public static string Channel(UiText text, ProgrammeFigureRow row) => row.Channel ?? text["ProgrammesWholeProgramme"];

    /// <summary>A value as machines read it: invariant culture, no trailing zeros whatever the database's scale.</summary>
    public static string Invariant(decimal value) => value.ToString("0.############################", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The metric as the year and metric selectors and the API write it.</summary>
    public static string Parameter(ProgrammeMetric metric) => metric.ToString().ToLowerInvariant();
}
