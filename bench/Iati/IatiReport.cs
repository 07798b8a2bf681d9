using System.Globalization;
using System.Text;

namespace Avance.Bench.Iati;

/// <summary>Writes the results into docs/performance.md, replacing the section of an earlier run.</summary>
public static class IatiReport
{
    private const string Heading = "## IATI: reading a large activity file";

    public static void Write(IReadOnlyList<PhaseResult> results, long fileBytes)
    {
        var bare = results.First(r => r is { Phase: "bare", Files: 1 });
        var text = new StringBuilder();
        text.AppendLine(Heading).AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores, {Memory()}, .NET {Environment.Version}; one-minute load average {Load()} when it ended.");
        text.AppendLine(CultureInfo.InvariantCulture, $"A synthetic file of {fileBytes:N0} bytes made of the real test activities repeated under new identifiers. Each pass runs in its own process; peak memory is that process's highest resident set (VmHWM), runtime included. \"× 2\" reads two copies of the file at once.").AppendLine();
        text.AppendLine("| pass | files | MB/s | share of the bare pass | items | peak memory |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var r in results)
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {Describe(r.Phase)} | {r.Files} | {r.MegabytesPerSecond:N1} | {r.MegabytesPerSecond / bare.MegabytesPerSecond:P0} | {r.Items:N0} | {r.PeakBytes / 1_048_576.0:N0} MiB |");
        text.AppendLine().AppendLine("Rerun: `dotnet run -c Release --project bench/Iati [megabytes]` (default 300).");
        Replace(text.ToString());
    }

    private static string Describe(string phase) => phase switch
    {
        "bare" => "bare XmlReader: every name, attribute and text read as a string",
        "reader" => "Avance.Iati reader: every activity parsed into the model",
        _ => phase,
    };

    private static string Memory() => File.ReadLines("/proc/meminfo").First().Replace("MemTotal:", "", StringComparison.Ordinal).Trim() + " memory";

    private static string Load() => File.ReadAllText("/proc/loadavg").Split(' ')[0];

    private static void Replace(string section)
    {
        var path = Path.Combine(FindRepository(), "docs", "performance.md");
        var document = File.ReadAllText(path);
        var start = document.IndexOf(Heading, StringComparison.Ordinal);
        if (start < 0)
        {
            File.WriteAllText(path, document.TrimEnd() + "\n\n" + section);
            return;
        }
        var next = document.IndexOf("\n## ", start + Heading.Length, StringComparison.Ordinal);
        File.WriteAllText(path, document[..start] + section + (next < 0 ? "" : document[(next + 1)..]));
    }

    private static string FindRepository()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "Avance.slnx"))) return folder.FullName;
        throw new InvalidOperationException("Run the benchmark from inside the repository.");
    }
}
