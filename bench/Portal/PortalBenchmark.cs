using System.Net;
using System.Net.Sockets;
using Avance.Data;
using Avance.Features.Countries;
using Avance.Features.Funding;
using Avance.Features.Plans;
using Avance.Features.Results;

namespace Avance.Bench.Portal;

/// <summary>
/// Measures Avance's country page and outcomes API against minimal endpoints serving the same data, in one run:
///   dotnet run -c Release --project bench/Portal [seconds per measurement, default 10] [only measurements whose name contains this]
/// Load goes to 127.0.0.1 only, with wrk at 32 connections, for a bounded time per target. docs/performance.md is
/// rewritten only after a full run.
/// </summary>
public static class PortalBenchmark
{
    /// <summary>Long enough on a busy 2-core machine for the JIT to finish tiering up what the target runs.</summary>
    public static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(20);

    public static async Task Main(string[] args)
    {
        var seconds = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 10;
        var only = args.Length > 1 ? args[1] : null;
        var folder = Directory.CreateTempSubdirectory("avance-bench-");
        var database = $"Data Source={Path.Combine(folder.FullName, "bench.db")}";
        try
        {
            await using var cached = await StartAvanceAsync(database, cacheMinutes: 10, keepRows: true);
            await using var uncached = await StartAvanceAsync(database, cacheMinutes: 0, keepRows: true);
            await using var fromDatabase = await StartAvanceAsync(database, cacheMinutes: 0, keepRows: false);
            using var client = new HttpClient();
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
            const string countryPage = "/en/countries/mx", outcomesApi = "/api/v1/countries/mx/outcomes";

            var captured = new Dictionary<string, (byte[], string)>
            {
                ["country"] = await CaptureAsync(client, cached.Url + countryPage),
                ["outcomes"] = await CaptureAsync(client, cached.Url + outcomesApi),
            };
            var rows = await RowsAsync(cached.App);
            var baselineUrl = FreeLoopbackUrl();
            await using var baseline = await Baseline.StartAsync(baselineUrl, captured, rows);

            var pairs = new (string Name, string Avance, string Yardstick)[]
            {
                ("Country page, cached", cached.Url + countryPage, baselineUrl + "/bytes/country"),
                ("Outcomes API, cached", cached.Url + outcomesApi, baselineUrl + "/bytes/outcomes"),
                ("Country page, uncached", uncached.Url + countryPage, baselineUrl + "/serialise/country"),
                ("Outcomes API, uncached", uncached.Url + outcomesApi, baselineUrl + "/serialise/outcomes"),
                ("Country page, uncached, rows not kept", fromDatabase.Url + countryPage, baselineUrl + "/serialise/country"),
                ("Outcomes API, uncached, rows not kept", fromDatabase.Url + outcomesApi, baselineUrl + "/serialise/outcomes"),
            };
            var results = new List<(string Name, WrkResult Avance, WrkResult Yardstick, string Load)>();
            foreach (var (name, avanceUrl, yardstickUrl) in pairs.Where(p => only is null || p.Name.Contains(only, StringComparison.OrdinalIgnoreCase)))
            {
                await Wrk.RunAsync("warm-up", avanceUrl, WarmUp);
                await Wrk.RunAsync("warm-up", yardstickUrl, WarmUp);
                // Other work on the machine competes for the same cores: the load average says how much.
                var load = File.ReadAllText("/proc/loadavg").Split(' ')[0];
                var (avance, avanceCpu) = await MeasureAsync(name, avanceUrl, seconds);
                var (yardstick, yardstickCpu) = await MeasureAsync(name, yardstickUrl, seconds);
                results.Add((name, avance, yardstick, load));
                Console.WriteLine($"{name}: Avance {avance.RequestsPerSecond:N0} req/s (p50 {avance.P50Ms:N2} ms, p99 {avance.P99Ms:N2} ms), yardstick {yardstick.RequestsPerSecond:N0} req/s (p99 {yardstick.P99Ms:N2} ms) → {avance.RequestsPerSecond / yardstick.RequestsPerSecond:P0}, load average {load}");
                Console.WriteLine($"  server CPU per request: Avance {avanceCpu:N1} µs, yardstick {yardstickCpu:N1} µs → {yardstickCpu / avanceCpu:P0}");
            }
            if (only is null) PerformanceReport.Write(results, seconds, captured.ToDictionary(c => c.Key, c => c.Value.Item1.Length));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    /// <summary>
    /// One wrk run, and the processor time this process (the servers; wrk runs apart) spent per request during it. Only
    /// the measured server is under load, so the figure is that server's; unlike requests per second, it changes
    /// little when other work competes for the cores, which makes it the steadier comparison on a shared machine.
    /// </summary>
    private static async Task<(WrkResult Result, double CpuMicrosecondsPerRequest)> MeasureAsync(string name, string url, int seconds)
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        var result = await Wrk.RunAsync(name, url, TimeSpan.FromSeconds(seconds));
        process.Refresh();
        var requests = result.RequestsPerSecond * seconds;
        return (result, (process.TotalProcessorTime - before).TotalMicroseconds / requests);
    }

    private static async Task<RunningAvance> StartAvanceAsync(string database, int cacheMinutes, bool keepRows)
    {
        var url = FreeLoopbackUrl();
        var app = Program.BuildWebApp([
            $"--urls={url}", $"--ConnectionStrings:Avance={database}", $"--Avance:Cache:Minutes={cacheMinutes}", $"--Avance:Cache:Rows={keepRows}",
            "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Avance=Warning"]);
        await app.StartAsync();
        return new RunningAvance(app, url);
    }

    private static async Task<(byte[], string)> CaptureAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsByteArrayAsync(), response.Content.Headers.ContentType!.ToString());
    }

    /// <summary>The data each page or endpoint shows, read once through Avance's own queries.</summary>
    private static async Task<Dictionary<string, object>> RowsAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AvanceDb>();
        var ct = CancellationToken.None;
        var outcomes = await ResultsQueries.Outcomes(db, "mx", "en", ct);
        var country = new
        {
            Country = await CountryQueries.Country(db, "mx", "en", ct),
            Context = await CountryQueries.Context(db, "mx", "en", ct),
            Plans = await PlanQueries.Plans(db, "mx", "en", ct),
            Outcomes = outcomes,
            Funding = await FundingQueries.Contributions(db, "mx", "en", ct),
        };
        return new Dictionary<string, object> { ["country"] = country, ["outcomes"] = outcomes };
    }

    private static string FreeLoopbackUrl()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
    }
}

internal sealed record RunningAvance(WebApplication App, string Url) : IAsyncDisposable
{
    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
