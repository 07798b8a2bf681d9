using System.Globalization;
using Avance.Features.Indicators;
using Avance.Web;

namespace Avance.Features.Reporting.Entry.Rules;

/// <summary>
/// Something wrong with an entry: a stable code, the field it is about (<see cref="EntryFields"/>), for a value the
/// position of that value in the input and its combination, and the facts its message needs. The message is read from
/// the Workflow resources ("Rule_" + code) in whichever language asks.
/// </summary>
public sealed record EntryProblem(string Code, string Field, int? ValueIndex, string? Combination, IReadOnlyList<object> Arguments)
{
    public static EntryProblem About(string code, string field, params object[] arguments) => new(code, field, null, null, arguments);

    public static EntryProblem AboutValue(string code, int index, string? combination, params object[] arguments) =>
        new(code, EntryFields.Value, index, combination, arguments);

    public string Message(CultureInfo culture) =>
        string.Format(culture, UiText.Get(ResourceKey(Code), culture), [.. Arguments.Select(a => Render(a, culture))]);

    public static string ResourceKey(string code) => "Rule_" + code.Replace('.', '_').Replace('-', '_');

    private static object Render(object argument, CultureInfo culture) => argument switch
    {
        DisaggregationDimension dimension => UiText.Get("Indicators_Dimension_" + dimension, culture),
        decimal number => number.ToString(number == decimal.Truncate(number) ? "N0" : "N2", culture),
        DateOnly date => date.ToString(UiText.Get("DatePattern", culture), culture),
        _ => argument,
    };
}

/// <summary>The names of the fields problems are about, the same in the form, the API and the template report.</summary>
public static class EntryFields
{
    public const string Value = "value";
    public const string NarrativeEnglish = "narrative.en";
    public const string NarrativeSpanish = "narrative.es";
    public const string Narrative = "narrative";
    public const string Source = "source";
    public const string SourceTitle = "source.title";
    public const string SourceUrl = "source.url";
    public const string SourceDate = "sourceDate";
    public const string Status = "status";
    public const string Entry = "entry";
}
