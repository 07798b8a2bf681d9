using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Avance.Bench.Portal;

public sealed record WrkResult(string Target, double RequestsPerSecond, double P50Ms, double P99Ms, long Errors);

/// <summary>Runs wrk against one loopback URL for a bounded time and reads its summary.</summary>
public static partial class Wrk
{
    public const int Connections = 32;

    public static async Task<WrkResult> RunAsync(string target, string url, TimeSpan duration)
    {
        if (!new Uri(url).IsLoopback) throw new ArgumentException("Load is only ever sent to this machine's loopback.", nameof(url));
        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-t2", $"-c{Connections}", $"-d{(int)duration.TotalSeconds}s", "--latency", "-H", "Accept-Language: en", url })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start (apt-get install wrk).");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"wrk failed: {await process.StandardError.ReadToEndAsync()}");
        return new WrkResult(target, Number(RequestsPerSecond(), output), Latency("50", output), Latency("99", output), Errors(output));
    }

    private static double Number(Regex pattern, string output) =>
        double.Parse(pattern.Match(output).Groups[1].Value, CultureInfo.InvariantCulture);

    private static double Latency(string percentile, string output)
    {
        var match = Regex.Match(output, $@"^\s+{percentile}%\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
    }

    private static long Errors(string output)
    {
        var non2xx = Regex.Match(output, @"Non-2xx or 3xx responses: (\d+)");
        var socket = Regex.Match(output, @"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)");
        return (non2xx.Success ? long.Parse(non2xx.Groups[1].Value, CultureInfo.InvariantCulture) : 0)
            + (socket.Success ? Enumerable.Range(1, 4).Sum(i => long.Parse(socket.Groups[i].Value, CultureInfo.InvariantCulture)) : 0);
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();
}
