using System.Diagnostics;
using Avance.Data;
using Avance.Features.Search;
using Avance.Web;

namespace Avance.Bench.Search;

internal sealed record Timings(string DataSet, string Engine, int Entries, TimeSpan Rebuild, double P50, double P95, double Max, string Load);

/// <summary>Runs the query mix through the search code the page and the API use, one new context per query as per request.</summary>
internal static class Measurement
{
    public const int MeasuredRounds = 2;

    public static async Task<(double P50, double P95, double Max)> RunAsync(Func<AvanceDb> newContext, IReadOnlyList<string> queries)
    {
        // The first round warms up the JIT, the connection pool and the engine's caches and is not counted.
        await RoundAsync(newContext, queries);
        var milliseconds = new List<double>();
        for (var round = 0; round < MeasuredRounds; round++) milliseconds.AddRange(await RoundAsync(newContext, queries));
        milliseconds.Sort();
        return (Percentile(milliseconds, 0.50), Percentile(milliseconds, 0.95), milliseconds[^1]);
    }

    private static async Task<List<double>> RoundAsync(Func<AvanceDb> newContext, IReadOnlyList<string> queries)
    {
        var times = new List<double>(queries.Count);
        for (var i = 0; i < queries.Count; i++)
        {
            var clock = Stopwatch.StartNew();
            await using (var db = newContext())
            {
                var query = SearchQuery.Parse(queries[i], out _)!;
                await SearchQueries.Search(db, query, i % 2 == 0 ? "en" : "es", new PageRequest(1, 10), CancellationToken.None);
            }
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        return times;
    }

    /// <summary>The one-minute load average: other work on the machine shows in the times, so the report says how much there was.</summary>
    public static string Load() => File.ReadAllText("/proc/loadavg").Split(' ')[0];

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static double Percentile(List<double> sorted, double share) =>
        sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Count) - 1, 0, sorted.Count - 1)];
}
