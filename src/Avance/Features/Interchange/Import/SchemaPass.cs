using System.Globalization;
using Avance.Iati.Validation;

namespace Avance.Features.Interchange.Import;

/// <summary>
/// The first pass over a file: the official 2.03 schema, and the file's SHA-256 (which names its source). Issues are
/// sorted by the activity they are in (by position in the file, as the validator's location gives it).
/// </summary>
internal sealed class SchemaPass
{
    /// <summary>Issues kept to tell valid activities from invalid ones; beyond it, lenient mode cannot tell and refuses.</summary>
    private const int MaxIssues = 100_000;

    /// <summary>The activity elements Avance imports; an error only inside others cannot reach Avance's data.</summary>
    private static readonly HashSet<string> ImportedElements =
    [
        "iati-identifier", "reporting-org", "title", "description", "participating-org", "activity-status", "activity-date",
        "recipient-country", "sector", "budget", "transaction", "result",
    ];

    private static readonly HashSet<ValidationRule> Unreadable =
        [ValidationRules.MalformedXml, ValidationRules.NotAnIatiFile, ValidationRules.NestedTooDeep];

    public required string FileHash { get; init; }
    public required IReadOnlyList<ValidationIssue> FileIssues { get; init; }
    public required IReadOnlyDictionary<int, List<ValidationIssue>> ActivityIssues { get; init; }
    /// <summary>More issues than were kept: which activities they are in is unknown.</summary>
    public required bool Overflowed { get; init; }

    public static SchemaPass Run(string path, string fileName, CultureInfo culture, Action<long>? progress)
    {
        using var file = File.OpenRead(path);
        using var hashing = new HashingStream(file, progress);
        var builder = new ValidationReportBuilder(MaxIssues);
        new IatiSchemaValidator().Validate(hashing, fileName, builder, culture);
        hashing.ReadToEnd();
        var report = builder.Build();
        var byActivity = new Dictionary<int, List<ValidationIssue>>();
        var fileIssues = new List<ValidationIssue>();
        foreach (var issue in report.Issues)
        {
            // A file that cannot be read to its end (truncated, not XML, too deep) fails as a whole, wherever it broke.
            if (!Unreadable.Contains(issue.Rule) && ActivityOrdinal(issue.Location) is { } ordinal)
            {
                if (!byActivity.TryGetValue(ordinal, out var list)) byActivity[ordinal] = list = [];
                list.Add(issue);
            }
            else fileIssues.Add(issue);
        }
        return new SchemaPass { FileHash = hashing.HashHex, FileIssues = fileIssues, ActivityIssues = byActivity, Overflowed = report.OmittedCount > 0 };
    }

    /// <summary>Whether the issue lies inside an element Avance does not import (e.g. country-budget-items, location).</summary>
    public static bool OnlyInUnimportedElement(ValidationIssue issue)
    {
        var steps = issue.Location?.Split('/') ?? [];
        return steps.Length > 1 && !ImportedElements.Contains(Name(steps[1]));
    }

    /// <summary>"iati-activity[3]/result" → 3; "iati-activity/title" → 1; null outside any activity.</summary>
    private static int? ActivityOrdinal(string? location)
    {
        if (location is null) return null;
        var first = location.Split('/')[0];
        if (Name(first) != "iati-activity") return null;
        var open = first.IndexOf('[');
        return open < 0 ? 1 : int.Parse(first[(open + 1)..^1], CultureInfo.InvariantCulture);
    }

    private static string Name(string step)
    {
        var open = step.IndexOf('[');
        return open < 0 ? step : step[..open];
    }
}
