using System.Globalization;
using System.Text;

namespace Avance.Bench.Portal;

/// <summary>Writes the latest run into the "Portal" section of docs/performance.md, with the machine it ran on.</summary>
public static class PerformanceReport
{
    private const string Heading = "## Portal: country page and outcomes API";

    public static void Write(IReadOnlyList<(string Name, WrkResult Avance, WrkResult Yardstick, string Load)> results, int seconds, IReadOnlyDictionary<string, int> sizes)
    {
        var text = new StringBuilder();
        text.AppendLine(Heading).AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Machine.Describe()}.");
        text.AppendLine(CultureInfo.InvariantCulture, $"wrk, 2 threads, {Wrk.Connections} connections, {seconds} s per target after a {PortalBenchmark.WarmUp.TotalSeconds:0} s warm-up, 127.0.0.1, `Accept-Language: en`; Avance and the yardsticks run in the same process, with SQLite and the demo data. Response sizes: country page {sizes["country"]:N0} bytes, outcomes API {sizes["outcomes"]:N0} bytes.");
        text.AppendLine();
        text.AppendLine("Cached rows compare with a minimal endpoint returning the same bytes pre-serialised. Uncached rows (response cache off, `Avance:Cache:Minutes=0`) render every response again — the page through Razor, the API through System.Text.Json — from the rows Avance keeps in memory until published data changes, and compare with a minimal endpoint that serialises the same rows to JSON on every request from memory. The \"rows not kept\" lines (`Avance:Cache:Rows=false` as well) read the database on every request; they are the cost of a first request after publishing, and have no target.");
        text.AppendLine();
        text.AppendLine("The load average is the machine's one-minute figure as the pair's measurement started; wrk and Avance alone keep it near 3 on 2 cores once the first pair has run, so only a figure well above that means other work was competing for the CPU.");
        text.AppendLine();
        text.AppendLine("| measurement | Avance req/s | Avance p50 / p99 | yardstick req/s | ratio | target | errors | load average |");
        text.AppendLine("|---|---:|---:|---:|---:|---|---:|---:|");
        foreach (var (name, avance, yardstick, load) in results)
        {
            var ratio = avance.RequestsPerSecond / yardstick.RequestsPerSecond;
            var target = name.EndsWith("rows not kept", StringComparison.Ordinal) ? "—"
                : name.EndsWith("uncached", StringComparison.Ordinal) ? "≥ 50%" : "≥ 50%, p99 ≤ 5 ms";
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {name} | {avance.RequestsPerSecond:N0} | {avance.P50Ms:N2} / {avance.P99Ms:N2} ms | {yardstick.RequestsPerSecond:N0} | {ratio:P0} | {target} | {avance.Errors + yardstick.Errors} | {load} |");
        }
        text.AppendLine().AppendLine("Rerun: `dotnet run -c Release --project bench/Portal` (needs `wrk`: `apt-get install wrk`).");
        Replace(text.ToString());
    }

    private static void Replace(string section)
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "performance.md");
        var existing = File.Exists(path) ? File.ReadAllText(path) : "# Performance\n\nMeasured figures, the machine they were measured on, and how to measure them again.\n";
        var start = existing.IndexOf(Heading, StringComparison.Ordinal);
        if (start < 0) existing = existing.TrimEnd() + "\n\n" + section;
        else
        {
            var next = existing.IndexOf("\n## ", start + Heading.Length, StringComparison.Ordinal);
            existing = existing[..start] + section + (next < 0 ? "" : existing[(next + 1)..].Insert(0, "\n"));
        }
        File.WriteAllText(path, existing);
        Console.WriteLine($"Written to {path}");
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Avance.slnx"))) folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("Run from inside the repository.");
    }
}

internal static class Machine
{
    public static string Describe()
    {
        var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':')[1].Trim() ?? "unknown CPU";
        var memory = File.ReadLines("/proc/meminfo").First().Split(':')[1].Trim();
        return $"{Environment.ProcessorCount} cores ({cpu}), {memory} memory, .NET {Environment.Version}";
    }
}
