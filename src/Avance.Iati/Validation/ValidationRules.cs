namespace Avance.Iati.Validation;

/// <summary>
/// Every rule the validator applies. <c>IATI-X-…</c> rules concern the file as XML (schema, well-formedness);
/// <c>IATI-Q-…</c> rules concern the data quality of one activity.
/// </summary>
public static class ValidationRules
{
    /// <summary>The file breaks the IATI 2.03 XML schema.</summary>
    public static readonly ValidationRule SchemaViolation = new("IATI-X-001", ValidationSeverity.Error, "SchemaViolation");

    /// <summary>The file is not well-formed XML (or is truncated, or declares a DTD).</summary>
    public static readonly ValidationRule MalformedXml = new("IATI-X-002", ValidationSeverity.Error, "MalformedXml");

    /// <summary>The root element is neither <c>iati-activities</c> nor <c>iati-organisations</c>.</summary>
    public static readonly ValidationRule NotAnIatiFile = new("IATI-X-003", ValidationSeverity.Error, "NotAnIatiFile");

    /// <summary>Elements are nested far deeper than any IATI file needs; reading stops.</summary>
    public static readonly ValidationRule NestedTooDeep = new("IATI-X-004", ValidationSeverity.Error, "NestedTooDeep");

    /// <summary>An activity's start date (planned or actual) is after its end date of the same kind.</summary>
    public static readonly ValidationRule ActivityDatesOutOfOrder = new("IATI-Q-001", ValidationSeverity.Error, "ActivityDatesOutOfOrder");

    /// <summary>A budget, planned disbursement or result period ends before it starts.</summary>
    public static readonly ValidationRule PeriodEndsBeforeStart = new("IATI-Q-002", ValidationSeverity.Error, "PeriodEndsBeforeStart");

    /// <summary>A budget period is longer than one year.</summary>
    public static readonly ValidationRule BudgetLongerThanYear = new("IATI-Q-003", ValidationSeverity.Warning, "BudgetLongerThanYear");

    /// <summary>The sector percentages of one vocabulary do not add up to 100.</summary>
    public static readonly ValidationRule SectorPercentages = new("IATI-Q-004", ValidationSeverity.Error, "SectorPercentages");

    /// <summary>The recipient country and region percentages do not add up to 100.</summary>
    public static readonly ValidationRule RecipientPercentages = new("IATI-Q-005", ValidationSeverity.Error, "RecipientPercentages");

    /// <summary>A code is not in the complete codelist it must come from.</summary>
    public static readonly ValidationRule UnknownCode = new("IATI-Q-006", ValidationSeverity.Error, "UnknownCode");

    /// <summary>A code is in its codelist but withdrawn.</summary>
    public static readonly ValidationRule WithdrawnCode = new("IATI-Q-007", ValidationSeverity.Warning, "WithdrawnCode");

    /// <summary>A code is missing from a codelist IATI marks as incomplete, so it may still be right.</summary>
    public static readonly ValidationRule CodeOutsideOpenList = new("IATI-Q-008", ValidationSeverity.Warning, "CodeOutsideOpenList");

    /// <summary>A value of a unit or percentage indicator is not a number.</summary>
    public static readonly ValidationRule ValueNotNumeric = new("IATI-Q-009", ValidationSeverity.Error, "ValueNotNumeric");

    /// <summary>A value of a percentage indicator is above 100 (possible for growth rates, so only a warning).</summary>
    public static readonly ValidationRule PercentageAbove100 = new("IATI-Q-010", ValidationSeverity.Warning, "PercentageAbove100");

    /// <summary>A code matches a codelist entry only when case is ignored (e.g. <c>EN</c> for <c>en</c>).</summary>
    public static readonly ValidationRule CodeCase = new("IATI-Q-011", ValidationSeverity.Warning, "CodeCase");

    /// <summary>All rules, in id order.</summary>
    public static IReadOnlyList<ValidationRule> All { get; } =
    [
        SchemaViolation, MalformedXml, NotAnIatiFile, NestedTooDeep, ActivityDatesOutOfOrder, PeriodEndsBeforeStart,
        BudgetLongerThanYear, SectorPercentages, RecipientPercentages, UnknownCode, WithdrawnCode, CodeOutsideOpenList,
        ValueNotNumeric, PercentageAbove100, CodeCase,
    ];
}
