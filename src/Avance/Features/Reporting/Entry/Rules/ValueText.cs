using System.Globalization;
using Avance.Features.Indicators;
using Avance.Sanitising;

namespace Avance.Features.Reporting.Entry.Rules;

/// <summary>Reads one typed value by the indicator's type; a blank input is a blank value.</summary>
internal static class ValueText
{
    public const int MaxTextLength = 2000;
    private const int MaxDecimals = 4;
    /// <summary>Far beyond any real count or amount, and within what every database column here holds.</summary>
    private const decimal Largest = 999_999_999_999m;

    private static readonly HashSet<string> Yes = new(StringComparer.OrdinalIgnoreCase) { "yes", "sí", "si", "true", "1" };
    private static readonly HashSet<string> No = new(StringComparer.OrdinalIgnoreCase) { "no", "false", "0" };

    /// <summary>The value, or null with the problem added.</summary>
    public static EnteredValue? Read(ValueInput input, int index, IndicatorRules rules, IFormatProvider culture, List<EntryProblem> problems)
    {
        var raw = input.Raw?.Trim() ?? "";
        if (raw.Length == 0) return EnteredValue.Blank;
        string? code = null;
        object[] arguments = [raw];
        EnteredValue? value = null;
        switch (rules.Type)
        {
            case IndicatorType.YesNo:
                if (Yes.Contains(raw)) value = new EnteredValue(1, null);
                else if (No.Contains(raw)) value = new EnteredValue(0, null);
                else code = ProblemCodes.ValueNotYesNo;
                break;
            case IndicatorType.Qualitative:
                var text = TextSanitiser.ToPlainText(raw);
                if (text.Length > MaxTextLength) (code, arguments) = (ProblemCodes.ValueTextTooLong, [MaxTextLength]);
                else value = text.Length == 0 ? EnteredValue.Blank : new EnteredValue(null, text);
                break;
            default:
                (value, code, arguments) = Number(raw, rules, culture);
                break;
        }
        if (code is not null) problems.Add(EntryProblem.AboutValue(code, index, input.Combination, arguments));
        return value;
    }

    private static (EnteredValue?, string?, object[]) Number(string raw, IndicatorRules rules, IFormatProvider culture)
    {
        var percentage = rules.Type == IndicatorType.Percentage;
        var digits = percentage ? raw.TrimEnd('%').TrimEnd() : raw;
        if (!NumberText.TryParse(digits, culture, out var number)) return (null, ProblemCodes.ValueNotANumber, [raw]);
        if (number < 0) return (null, ProblemCodes.ValueNegative, [raw]);
        if (percentage && number > 100) return (null, ProblemCodes.ValuePercentageRange, [raw]);
        if (number > Largest) return (null, ProblemCodes.ValueTooLarge, [raw]);
        if (rules.WholeNumbers && number != decimal.Truncate(number)) return (null, ProblemCodes.ValueNotWhole, [raw]);
        if (number.Scale > MaxDecimals && decimal.Round(number, MaxDecimals) != number) return (null, ProblemCodes.ValueTooPrecise, [raw, MaxDecimals]);
        return (new EnteredValue(number, null), null, []);
    }

    public static string ForEditing(EnteredValue value, IndicatorType type, CultureInfo culture) => (type, value.Number) switch
    {
        (IndicatorType.YesNo, 1) => "yes",
        (IndicatorType.YesNo, 0) => "no",
        (_, { } number) => NumberText.ForEditing(number, culture),
        _ => value.Text ?? "",
    };
}
