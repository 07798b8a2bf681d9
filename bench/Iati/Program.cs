using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Avance.Bench.Iati;

/// <summary>
/// Measures reading and importing large IATI files, in one run:
///   dotnet run -c Release --project bench/Iati [megabytes, default 300] [phases, default all]
/// Each pass runs in a child process ("phase &lt;name&gt; &lt;file&gt;…") so its peak memory is its own. With
/// AVANCE_TEST_POSTGRES set, the imports into PostgreSQL run as well.
/// </summary>
public static class IatiBench
{
    public static int Main(string[] args)
    {
        if (args is ["phase", var name, .. var files])
        {
            Console.WriteLine(JsonSerializer.Serialize(Phases.Run(name, files)));
            return 0;
        }
        // Writes the report again from the results line of an earlier run's output.
        if (args is ["report", var saved])
        {
            var (bytes, earlier) = JsonSerializer.Deserialize<(long, List<PhaseResult>)>(File.ReadAllText(saved), Json);
            Console.WriteLine($"Written to {IatiReport.Write(earlier, bytes)}");
            return 0;
        }

        var megabytes = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 300;
        var only = args.Length > 1 ? args[1].Split(',') : null;
        var folder = Directory.CreateTempSubdirectory("avance-bench-iati-");
        try
        {
            // Two files of different activities: importing a copy of the first would only find every activity unchanged.
            var first = Path.Combine(folder.FullName, "synthetic-1.xml");
            var second = Path.Combine(folder.FullName, "synthetic-2.xml");
            var clock = Stopwatch.StartNew();
            var size = SyntheticFile.Write(first, megabytes * 1_000_000L, 'S');
            SyntheticFile.Write(second, megabytes * 1_000_000L, 'T');
            Console.WriteLine($"Wrote two files of {size:N0} bytes in {clock.Elapsed.TotalSeconds:N1} s");

            var phases = new List<string> { "bare", "reader", "schema", ImportPhase.Sqlite };
            if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("AVANCE_TEST_POSTGRES"))) phases.Add(ImportPhase.Postgres);
            var results = new List<PhaseResult>();
            foreach (var inputs in new[] { new[] { first }, new[] { first, second } })
                foreach (var phase in phases.Where(p => only is null || only.Contains(p)))
                {
                    var load = Load();
                    var result = RunChild(phase, inputs) with { LoadAverage = load };
                    results.Add(result);
                    Console.WriteLine($"{result.Phase} × {result.Files}: {result.MegabytesPerSecond:N1} MB/s, {result.Items:N0} items, "
                                      + $"{result.Seconds:N1} s, peak {result.PeakBytes / 1_048_576.0:N0} MiB, load {load}");
                }
            Console.WriteLine("Results: " + JsonSerializer.Serialize((size, results), Json));
            if (only is null) Console.WriteLine($"Written to {IatiReport.Write(results, size)}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
        return 0;
    }

    private static readonly JsonSerializerOptions Json = new() { IncludeFields = true };

    /// <summary>The one-minute load average as the pass starts (above the number of cores, other work competes).</summary>
    public static string Load() => File.ReadAllText("/proc/loadavg").Split(' ')[0];

    private static PhaseResult RunChild(string phase, string[] files)
    {
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet") start.ArgumentList.Add(typeof(Phases).Assembly.Location);
        foreach (var argument in new[] { "phase", phase }.Concat(files)) start.ArgumentList.Add(argument);
        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        if (child.ExitCode != 0) throw new InvalidOperationException($"Phase {phase} failed: {output}");
        return JsonSerializer.Deserialize<PhaseResult>(output.Trim().Split('\n')[^1])!;
    }
}
