using Avance.Web;

namespace Avance.Cli;

internal static class UsersOutput
{
    /// <summary>The operator's language when the interface has it (organisation names are shown in it), else English.</summary>
    public static string Language => Languages.All.Contains(Languages.Current) ? Languages.Current : Languages.Default;

    /// <summary>Rows as columns padded to their widest cell, the first row being the headings.</summary>
    public static void WriteTable(TextWriter output, IReadOnlyList<string[]> rows)
    {
        var widths = Enumerable.Range(0, rows[0].Length).Select(column => rows.Max(row => row[column].Length)).ToArray();
        foreach (var row in rows)
            output.WriteLine(string.Join("  ", row.Select((cell, column) => cell.PadRight(widths[column]))).TrimEnd());
    }
}
