using System.Globalization;

namespace Avance.Features.Programmes;

/// <summary>Which figures to read; a null member means any. NationalOnly keeps figures without a state.</summary>
public sealed record FigureFilter(int? Year = null, ProgrammeMetric? Metric = null, string? StateCode = null, bool NationalOnly = false)
{
    /// <summary>The value of the state parameter that asks for national figures only.</summary>
    public const string National = "national";

    public const int EarliestYear = 1900;
    public const int LatestYear = 2100;

    /// <summary>An empty parameter means any year; anything else must be a plausible year.</summary>
    public static bool TryParseYear(string? text, out int? year)
    {
        year = null;
        if (string.IsNullOrEmpty(text)) return true;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed is < EarliestYear or > LatestYear)
            return false;
        year = parsed;
        return true;
    }

    /// <summary>Metrics are named ("networks", case-insensitive), never numbered, so addresses stay readable.</summary>
    public static bool TryParseMetric(string? text, out ProgrammeMetric? metric)
    {
        metric = null;
        if (string.IsNullOrEmpty(text)) return true;
        var name = Enum.GetNames<ProgrammeMetric>().FirstOrDefault(n => n.Equals(text, StringComparison.OrdinalIgnoreCase));
        if (name is null) return false;
        metric = Enum.Parse<ProgrammeMetric>(name);
        return true;
    }

    public static string MetricNames => string.Join(", ", Enum.GetNames<ProgrammeMetric>().Select(n => n.ToLowerInvariant()));
}
