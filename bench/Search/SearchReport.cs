using System.Globalization;
using System.Text;

namespace Avance.Bench.Search;

/// <summary>Writes the latest run into the "Search" section of docs/performance.md, leaving the other sections alone.</summary>
internal static class SearchReport
{
    private const string Heading = "## Search";
    private const string NewFile = "# Performance\n\nMeasured figures, the machine they were measured on, and how to measure them again.\n";

    public static string Write(IReadOnlyList<Timings> timings, int queryCount, IReadOnlyDictionary<string, string> versions)
    {
        var text = new StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        text.AppendLine(Heading).AppendLine();
        text.AppendLine(invariant, $"Run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Machine()}; {string.Join(", ", versions.Select(v => $"{v.Key} {v.Value}"))}.");
        text.AppendLine();
        text.AppendLine(invariant, $"Each time is one call of `SearchQueries.Search` — the code behind `/{{lang}}/search` and `/api/v1/search`: the engine matches and ranks, then the first page of 10 results is read and its snippets cut — with a new `AvanceDb` per call, as per request, measured by the caller's clock. {queryCount} queries drawn from the demo's own words with a fixed seed (30 accented words as written, the same unaccented, 15 in capitals, 25 common words, 40 prefixes of 2–5 letters, 30 two-word and 10 three-word phrases, 20 words found nowhere), alternating English and Spanish as the preferred language; one round to warm up, then {Measurement.MeasuredRounds * queryCount} timed calls. The load average is the machine's one-minute figure as the timing started (above {Environment.ProcessorCount}, the number of cores, other work was competing for the CPU). The 100× set adds 99 made-up countries, each with a copy of Mexico's plan and results framework whose texts have about one word in five swapped for another demo word of the same language.");
        text.AppendLine();
        text.AppendLine("| data set | engine | search entries | index rebuild | p50 | p95 | max | target | load average |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|---|---:|");
        foreach (var t in timings)
            text.AppendLine(invariant,
                $"| {t.DataSet} | {t.Engine} | {t.Entries:N0} | {t.Rebuild.TotalSeconds:N2} s | {t.P50:N1} ms | {t.P95:N1} ms | {t.Max:N1} ms | p95 ≤ 50 ms: {(t.P95 <= 50 ? "met" : "NOT met")} | {t.Load} |");
        text.AppendLine();
        text.AppendLine("Rerun: `AVANCE_TEST_POSTGRES=\"Host=127.0.0.1;Port=<port>;Username=postgres\" dotnet run -c Release --project bench/Search` (without the variable, SQLite only; the PostgreSQL server must let that user create databases).");

        var path = Path.Combine(RepositoryRoot(), "docs", "performance.md");
        var existing = File.Exists(path) ? File.ReadAllText(path) : NewFile;
        File.WriteAllText(path, Replace(existing, text.ToString()));
        return path;
    }

    private static string Replace(string document, string section)
    {
        var start = document.IndexOf("\n" + Heading + "\n", StringComparison.Ordinal);
        if (start < 0) return document.TrimEnd() + "\n\n" + section;
        var next = document.IndexOf("\n## ", start + Heading.Length + 1, StringComparison.Ordinal);
        return document[..(start + 1)] + section + (next < 0 ? "" : "\n" + document[(next + 1)..]);
    }

    private static string Machine()
    {
        var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim();
        var memory = File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal", StringComparison.Ordinal))?.Split(':', 2)[1].Trim();
        return $"{Environment.ProcessorCount} cores ({cpu ?? "unknown CPU"}), {memory ?? "unknown"} memory, .NET {Environment.Version}";
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "Avance.slnx"))) return folder.FullName;
        throw new InvalidOperationException("Run the benchmark from inside the repository (dotnet run --project bench/Search).");
    }
}
