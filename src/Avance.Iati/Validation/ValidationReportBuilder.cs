namespace Avance.Iati.Validation;

/// <summary>
/// Collects issues from the schema validator and the data-quality rules into one report. Keeps at most a fixed
/// number of issues, so a file with millions of faults cannot exhaust memory, but counts all of them.
/// Not thread-safe: use one builder per file or per thread.
/// </summary>
public sealed class ValidationReportBuilder
{
    /// <summary>The number of issues kept when no other cap is given.</summary>
    public const int DefaultMaxIssues = 1000;

    private readonly List<ValidationIssue> _issues = [];
    private readonly int _maxIssues;
    private int _errorCount;
    private int _warningCount;

    /// <summary>A builder keeping at most <paramref name="maxIssues"/> issues.</summary>
    public ValidationReportBuilder(int maxIssues = DefaultMaxIssues)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxIssues);
        _maxIssues = maxIssues;
    }

    /// <summary>Whether further issues are only counted, not kept.</summary>
    public bool IsFull => _issues.Count >= _maxIssues;

    /// <summary>The issues kept so far, in the order they were added.</summary>
    public IReadOnlyList<ValidationIssue> Kept => _issues;

    /// <summary>The issues counted but not kept, as the report will say, without building it.</summary>
    public int OmittedCount => _errorCount + _warningCount - _issues.Count;

    /// <summary>Counts the issue and keeps it unless the cap is reached.</summary>
    public void Add(ValidationIssue issue)
    {
        if (issue.Severity == ValidationSeverity.Error)
        {
            _errorCount++;
        }
        else
        {
            _warningCount++;
        }
        if (!IsFull)
        {
            _issues.Add(issue);
        }
    }

    /// <summary>The report of everything added so far.</summary>
    public ValidationReport Build() => new(_issues.ToList(), _errorCount, _warningCount);
}
