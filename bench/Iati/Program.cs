using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Avance.Bench.Iati;

// Measures reading a large IATI file, in one run:
//   dotnet run -c Release --project bench/Iati [megabytes, default 300]
// Each pass runs in a child process ("phase <name> <file>…") so its peak memory is its own.
if (args is ["phase", var phase, .. var files])
{
    Console.WriteLine(JsonSerializer.Serialize(Phases.Run(phase, files)));
    return 0;
}

var megabytes = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 300;
var folder = Directory.CreateTempSubdirectory("avance-bench-iati-");
try
{
    var first = Path.Combine(folder.FullName, "synthetic-1.xml");
    var clock = Stopwatch.StartNew();
    var size = SyntheticFile.Write(first, megabytes * 1_000_000L);
    Console.WriteLine($"Wrote {size:N0} bytes in {clock.Elapsed.TotalSeconds:N1} s");
    var second = Path.Combine(folder.FullName, "synthetic-2.xml");
    File.Copy(first, second);

    var results = new List<PhaseResult>();
    foreach (var (name, inputs) in new (string, string[])[]
             {
                 ("bare", [first]), ("reader", [first]), ("bare", [first, second]), ("reader", [first, second]),
             })
    {
        var result = RunChild(name, inputs);
        results.Add(result);
        Console.WriteLine($"{result.Phase} × {result.Files}: {result.MegabytesPerSecond:N1} MB/s, {result.Items:N0} items, peak {result.PeakBytes / 1_048_576.0:N0} MiB");
    }
    IatiReport.Write(results, size);
}
finally
{
    folder.Delete(recursive: true);
}
return 0;

static PhaseResult RunChild(string phase, string[] files)
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
