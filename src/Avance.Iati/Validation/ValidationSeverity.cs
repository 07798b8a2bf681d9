namespace Avance.Iati.Validation;

/// <summary>How serious a validation issue is.</summary>
public enum ValidationSeverity
{
    /// <summary>The data breaks the standard or cannot be used as published.</summary>
    Error,

    /// <summary>The data is usable but probably not what the publisher meant.</summary>
    Warning,
}
