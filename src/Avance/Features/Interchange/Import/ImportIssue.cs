namespace Avance.Features.Interchange.Import;

public enum IssueSeverity { Error, Warning }

/// <summary>A problem found while importing, already worded in the import's language, with where it is.</summary>
public sealed record ImportIssue(IssueSeverity Severity, string Message, int? Line = null, int? Column = null, string? ActivityIdentifier = null);
