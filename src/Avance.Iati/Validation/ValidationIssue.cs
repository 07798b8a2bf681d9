namespace Avance.Iati.Validation;

/// <summary>One problem found in a file, with where it is.</summary>
public sealed record ValidationIssue
{
    /// <summary>The rule that was broken.</summary>
    public required ValidationRule Rule { get; init; }

    /// <summary>Error or warning (the rule's severity).</summary>
    public ValidationSeverity Severity => Rule.Severity;

    /// <summary>The rule's short title, in the language the validation ran in.</summary>
    public required string Title { get; init; }

    /// <summary>What is wrong, in the language the validation ran in (schema details stay in English).</summary>
    public required string Message { get; init; }

    /// <summary>Name of the file the issue is in, when known.</summary>
    public string? FileName { get; init; }

    /// <summary>1-based line of the problem (for data-quality rules, of the activity's start tag); null if unknown.</summary>
    public int? Line { get; init; }

    /// <summary>1-based column matching <see cref="Line"/>; null if unknown.</summary>
    public int? Column { get; init; }

    /// <summary>
    /// Where in the document, XPath-like: <c>iati-activity[3]/result[2]/indicator/period</c> (an index is shown when
    /// it is above 1). Data-quality issues give the path inside their activity.
    /// </summary>
    public string? Location { get; init; }

    /// <summary>The <c>iati-identifier</c> of the activity the issue is in, when known.</summary>
    public string? ActivityIdentifier { get; init; }

    /// <summary>Title and message on one line, for logs and plain-text reports.</summary>
    public override string ToString() => $"{Title}: {Message}";
}
