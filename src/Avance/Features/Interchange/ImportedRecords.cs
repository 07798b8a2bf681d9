using Avance.Domain;

namespace Avance.Features.Interchange;

/// <summary>
/// Where an imported outcome came from and what it held: the file (its source), a hash of everything Avance took
/// from the activity, and the activity facts the outcome itself has no place for. A re-import compares hashes, so
/// an unchanged activity is left exactly as it is.
/// </summary>
public sealed class OutcomeImport
{
    public int OutcomeId { get; set; }
    public int SourceId { get; set; }
    /// <summary>SHA-256 (hex) of the mapped activity; equal hashes mean nothing Avance keeps has changed.</summary>
    public required string ContentHash { get; set; }
    /// <summary>When this content was imported; a re-import of the same content leaves it as it was.</summary>
    public DateTimeOffset ImportedAt { get; set; }
    public LocalizedText? Description { get; set; }
    /// <summary>IATI ActivityStatus code (2 implementation, 4 closed...).</summary>
    public string? ActivityStatus { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    /// <summary>Counts and totals of what was imported (JSON), the "before" of the next change in the audit trail.</summary>
    public required string Summary { get; set; }
}

/// <summary>The IATI facts of an imported result indicator: the result it belongs to and its descriptions.</summary>
public sealed class IatiIndicator
{
    public int ResultIndicatorId { get; set; }
    /// <summary>Position (1-based) of the IATI result within its activity; indicators of one result share it.</summary>
    public int ResultPosition { get; set; }
    /// <summary>IATI ResultType code: 1 output, 2 outcome, 3 impact, 9 other.</summary>
    public string? ResultType { get; set; }
    public required LocalizedText ResultTitle { get; set; }
    public LocalizedText? ResultDescription { get; set; }
    public LocalizedText? Description { get; set; }
}

public enum ResultValueKind { Baseline, Target, Actual }

/// <summary>
/// One baseline, target or actual of an imported indicator exactly as published: disaggregated by dimensions
/// ("sex: female; age: 15-24"), qualitative (text), with its comment. The indicator's headline columns show the
/// total; these rows keep everything else.
/// </summary>
public sealed class ResultIndicatorValue
{
    public int Id { get; private set; }
    public int ResultIndicatorId { get; set; }
    /// <summary>Null for a baseline.</summary>
    public int? PeriodId { get; set; }
    public ResultValueKind Kind { get; set; }
    /// <summary>The baseline's year.</summary>
    public int? Year { get; set; }
    /// <summary>Empty for the total; otherwise "name: value" pairs joined by "; ", in the order published.</summary>
    public string Dimensions { get; set; } = "";
    public decimal? Value { get; set; }
    /// <summary>A value that is not a number ("Yes", "in progress"), as published.</summary>
    public string? Text { get; set; }
    public LocalizedText? Comment { get; set; }
}
