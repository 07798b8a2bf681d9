using System.Globalization;

namespace Avance.Web.Downloads.Formats;

/// <summary>How a cell value is written in every format: invariant numbers, ISO dates, codes by name.</summary>
internal static class Cell
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>
    /// A text that starts like a formula would run as one when a spreadsheet opens the file (CSV injection); a
    /// leading apostrophe makes it plain text again, as spreadsheets themselves do. Numbers are never text here,
    /// so a negative amount stays a number.
    /// </summary>
    public static string Neutralise(string text) =>
        text.Length > 0 && FormulaStarts.Contains(text[0]) ? "'" + text : text;

    public static bool IsNumber(object? value) => value is int or long or short or decimal or double or float;

    /// <summary>"26853", not the "26853.0000" a decimal(20,4) column reads back as.</summary>
    public static string Number(object value) => value switch
    {
        decimal d => d.ToString("0.############################", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
    };

    /// <summary>The value as a CSV cell or a spreadsheet text cell holds it.</summary>
    public static string Text(object? value) => IsNumber(value) ? Number(value!) : Neutralise(Plain(value));

    /// <summary>The value as text, for formats that no spreadsheet runs (JSON).</summary>
    public static string Plain(object? value) => value switch
    {
        null => "",
        string s => s,
        bool b => b ? "true" : "false",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture),
        _ when IsNumber(value) => Number(value),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
