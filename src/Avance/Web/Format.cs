using System.Globalization;

namespace Avance.Web;

/// <summary>Numbers, money and dates in the page's culture.</summary>
public static class Format
{
    private static readonly Dictionary<string, string> Symbols = new() { ["USD"] = "$", ["MXN"] = "MX$", ["EUR"] = "€" };

    /// <summary>"1,500" or "42.7": the decimals the value has, at most two, so a reported 42.7 % is not shown as "42.70 %".</summary>
    public static string Number(decimal value) =>
        // A whole value reads the same through a long's standard format, which is many times faster than a custom one.
        value == decimal.Truncate(value) && value is > long.MinValue and < long.MaxValue && !(value == 0 && decimal.IsNegative(value))
            ? ((long)value).ToString("N0", CultureInfo.CurrentCulture)
            : value.ToString("#,##0.##", CultureInfo.CurrentCulture);

    /// <summary>"$26,853" in English, "US$26.853" in Spanish, where "$" alone would read as pesos.</summary>
    public static string Money(decimal amount, string currency)
    {
        // Money keeps its cents whole: $26,853.50, not $26,853.5.
        var number = amount != decimal.Truncate(amount) ? amount.ToString("N2", CultureInfo.CurrentCulture)
            // Whole amounts (nearly all) format as a long: the same text, in a fraction of decimal's time. A negative
            // zero stays a decimal, which writes its sign.
            : amount is > long.MinValue and < long.MaxValue && !(amount == 0 && decimal.IsNegative(amount))
                ? ((long)amount).ToString("N0", CultureInfo.CurrentCulture)
                : amount.ToString("N0", CultureInfo.CurrentCulture);
        if (currency == "USD" && Languages.Current == "es") return "US$" + number;
        return Symbols.TryGetValue(currency, out var symbol) ? symbol + number : $"{currency} {number}";
    }

    /// <summary>"11 January 2021" / "11 de enero de 2021": the pattern is part of the interface text.</summary>
    public static string Date(DateOnly date) => date.ToString(UiText.Get("DatePattern", CultureInfo.CurrentUICulture), CultureInfo.CurrentCulture);
}
