using System.Globalization;

namespace Avance.Iati.Validation;

/// <summary>
/// The outcome of validating one or more files: the issues found (up to a cap) and the full counts, including
/// issues left out once the cap was reached.
/// </summary>
public sealed class ValidationReport
{
    internal ValidationReport(IReadOnlyList<ValidationIssue> issues, int errorCount, int warningCount)
    {
        Issues = issues;
        ErrorCount = errorCount;
        WarningCount = warningCount;
    }

    /// <summary>The issues listed, in the order they were found.</summary>
    public IReadOnlyList<ValidationIssue> Issues { get; }

    /// <summary>Listed issues that are errors.</summary>
    public IEnumerable<ValidationIssue> Errors => Issues.Where(issue => issue.Severity == ValidationSeverity.Error);

    /// <summary>Listed issues that are warnings.</summary>
    public IEnumerable<ValidationIssue> Warnings => Issues.Where(issue => issue.Severity == ValidationSeverity.Warning);

    /// <summary>All errors found, listed or not.</summary>
    public int ErrorCount { get; }

    /// <summary>All warnings found, listed or not.</summary>
    public int WarningCount { get; }

    /// <summary>Issues found but not listed because the cap was reached.</summary>
    public int OmittedCount => ErrorCount + WarningCount - Issues.Count;

    /// <summary>True when no error was found (warnings allowed).</summary>
    public bool IsValid => ErrorCount == 0;

    /// <summary>
    /// One line with the counts, in English or Spanish: "3 errors, 1 warning", followed by "and N more not listed"
    /// when the cap was reached.
    /// </summary>
    public string Summary(CultureInfo culture)
    {
        var counts = ValidationMessages.Format("ReportSummary", culture, ErrorCount, WarningCount);
        return OmittedCount == 0 ? counts : counts + ValidationMessages.Format("ReportOmitted", culture, OmittedCount);
    }
}
