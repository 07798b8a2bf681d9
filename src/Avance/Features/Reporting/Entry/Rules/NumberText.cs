using System.Globalization;
using System.Text.RegularExpressions;

namespace Avance.Features.Reporting.Entry.Rules;

/// <summary>
/// Reads a number as a person typed it in their language: "5,585.5" in English, "5.585,5" in Spanish. Group separators
/// are accepted only between groups of three digits, so "1.5" typed in Spanish is refused rather than read as fifteen.
/// </summary>
public static class NumberText
{
    public static bool TryParse(string text, IFormatProvider culture, out decimal value)
    {
        value = 0;
        var format = NumberFormatInfo.GetInstance(culture);
        var group = Regex.Escape(format.NumberGroupSeparator);
        var point = Regex.Escape(format.NumberDecimalSeparator);
        var trimmed = text.Trim();
        var match = Regex.Match(trimmed, $@"^(?<sign>-)?(?<whole>\d+|\d{{1,3}}(?:{group}\d{{3}})+)(?:{point}(?<fraction>\d+))?$");
        if (!match.Success) return false;
        var invariant = match.Groups["sign"].Value + match.Groups["whole"].Value.Replace(format.NumberGroupSeparator, "", StringComparison.Ordinal)
            + (match.Groups["fraction"].Success ? "." + match.Groups["fraction"].Value : "");
        return decimal.TryParse(invariant, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>A stored value as the form shows it for editing: the page's decimal separator, no grouping, no trailing zeros.</summary>
    public static string ForEditing(decimal value, IFormatProvider culture) => value.ToString("0.####", culture);
}
