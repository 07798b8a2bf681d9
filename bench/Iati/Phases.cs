using System.Diagnostics;
using System.Xml;
using Avance.Iati;
using Avance.Iati.Reading;
using Avance.Iati.Validation;

namespace Avance.Bench.Iati;

/// <summary>What one timed pass over the file gave: the bytes read, the wall time, the process's peak resident memory.</summary>
public sealed record PhaseResult(string Phase, int Files, long Bytes, long Items, double Seconds, long PeakBytes)
{
    public string LoadAverage { get; init; } = "";

    public double MegabytesPerSecond => Bytes / 1_000_000.0 / Seconds;
}

/// <summary>The passes, each run in a process of its own so that its peak memory is its own.</summary>
public static class Phases
{
    /// <summary>
    /// The yardstick: one XmlReader over the file (the same safe settings) that reads every element name, attribute
    /// value and text value as a string — what any extraction must at least do — and builds nothing.
    /// </summary>
    public static long Bare(string path)
    {
        using var xml = XmlReader.Create(path, IatiXml.SafeReaderSettings());
        long checksum = 0;
        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element:
                    checksum += xml.LocalName.Length;
                    while (xml.MoveToNextAttribute()) checksum += xml.Value.Length;
                    break;
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                    checksum += xml.Value.Length;
                    break;
            }
        }
        return checksum;
    }

    /// <summary>The library's reader: every activity parsed into the model, one at a time.</summary>
    public static long Reader(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = IatiActivityReader.Open(stream);
        long activities = 0;
        while (reader.ReadNext() is not null) activities++;
        return activities;
    }

    /// <summary>
    /// The official 2.03 schema alone, as the import's schema pass checks it (.NET's validating reader): the most the
    /// import can reach on one core, since every activity is checked against it.
    /// </summary>
    public static long Schema(string path)
    {
        using var stream = File.OpenRead(path);
        long activities = 0;
        new IatiSchemaValidator().Validate(stream, Path.GetFileName(path), new ValidationReportBuilder(), null, validated => activities = validated);
        return activities;
    }

    public static PhaseResult Run(string phase, IReadOnlyList<string> files)
    {
        if (phase is ImportPhase.Sqlite or ImportPhase.Postgres) return ImportPhase.Run(phase, files);
        Func<string, long> pass = phase switch
        {
            "bare" => Bare,
            "reader" => Reader,
            "schema" => Schema,
            _ => throw new ArgumentException($"Unknown phase '{phase}'."),
        };
        var clock = Stopwatch.StartNew();
        var items = files.Count == 1 ? pass(files[0]) : files.AsParallel().WithDegreeOfParallelism(files.Count).Sum(pass);
        var seconds = clock.Elapsed.TotalSeconds;
        return new PhaseResult(phase, files.Count, files.Sum(f => new FileInfo(f).Length), items, seconds, PeakResidentBytes());
    }

    /// <summary>VmHWM from /proc: the most resident memory the process has had.</summary>
    public static long PeakResidentBytes()
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }
}
