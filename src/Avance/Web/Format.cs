using System.Globalization;

namespace Avance.Web;

/// <summary>Numbers, money and dates in the page's culture.</summary>
public static class Format
{
    private static readonly Dictionary<string, string> Symbols = new() { ["USD"] = "$", ["MXN"] = "MX$", ["EUR"] = "€" };

    /// <summary>"1,500" or "42.7": the decimals the value has, at most two, so a reported 42.7 % is not shown as "42.70 %".</summary>
    public static string Number(decimal value) => WholeAsLong(value) ?? value.ToString("#,##0.##", CultureInfo.CurrentCulture);

    /// <summary>"$26,853" in English, "US$26.853" in Spanish, where "$" alone would read as pesos.</summary>
    public static string Money(decimal amount, string currency)
    {
        // Money keeps its cents whole: $26,853.50, not $26,853.5.
        var number = WholeAsLong(amount)
            ?? amount.ToString(amount == decimal.Truncate(amount) ? "N0" : "N2", CultureInfo.CurrentCulture);
        if (currency == "USD" && Languages.Current == "es") return "US$" + number;
        return Symbols.TryGetValue(currency, out var symbol) ? symbol + number : $"{currency} {number}";
    }

    /// <summary>"11 January 2021" / "11 de enero de 2021": the pattern is part of the interface text.</summary>
    public static string Date(DateOnly date) => date.ToString(UiText.Get("DatePattern", CultureInfo.CurrentUICulture), CultureInfo.CurrentCulture);

    /// <summary>
    /// A whole value as a long's standard format writes it: the same text as decimal's, many times faster. Null for a
    /// fraction, a value beyond a long, or a negative zero (decimal writes its sign).
    /// </summary>
    private static string? WholeAsLong(decimal value) =>
        value == decimal.Truncate(value) && value is > long.MinValue and < long.MaxValue && !(value == 0 && decimal.IsNegative(value))
            ? ((long)value).ToString("N0", CultureInfo.CurrentCulture)
            : null;
}
