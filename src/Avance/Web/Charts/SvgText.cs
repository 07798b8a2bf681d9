using System.Globalization;
using System.Text;

namespace Avance.Web.Charts;

/// <summary>Escaping and number writing for hand-written SVG and HTML.</summary>
internal static class SvgText
{
    /// <summary>Escapes the five markup characters only, so accented text stays readable in the page source.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        return escaped.ToString();
    }

    /// <summary>A coordinate: invariant culture, at most two decimals.</summary>
    public static string N(decimal value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    public static string N(double value) => N((decimal)value);

    /// <summary>Splits a label into lines of about <paramref name="maxChars"/> characters, at most three.</summary>
    public static IReadOnlyList<string> Wrap(string text, int maxChars)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > maxChars)
            {
                lines.Add(line);
                line = word;
            }
            else line = line.Length == 0 ? word : line + " " + word;
        }
        if (line.Length > 0 || lines.Count == 0) lines.Add(line);
        if (lines.Count <= 3) return lines;
        return [lines[0], lines[1], string.Join(' ', lines.Skip(2))];
    }

    /// <summary>A rough width in user units of text at the given font size, for layout only.</summary>
    public static double Width(string text, double fontSize) => text.Length * fontSize * 0.58;
}
