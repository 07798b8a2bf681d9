using System.Globalization;

namespace Avance.Iati.Validation;

/// <summary>A check the validator makes, with a stable id for reports and filters.</summary>
/// <param name="Id">Stable identifier, e.g. <c>IATI-Q-001</c>.</param>
/// <param name="Severity">The severity of every issue the rule raises.</param>
/// <param name="ResourceKey">Key of the rule's title in the validation resources.</param>
public sealed record ValidationRule(string Id, ValidationSeverity Severity, string ResourceKey)
{
    /// <summary>The rule's short title in <paramref name="culture"/> (English or Spanish).</summary>
    public string Title(CultureInfo culture) => ValidationMessages.Get("Title" + ResourceKey, culture);
}
