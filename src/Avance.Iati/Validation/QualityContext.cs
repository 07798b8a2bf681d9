using System.Globalization;
using Avance.Iati.Model;

namespace Avance.Iati.Validation;

/// <summary>What a data-quality rule needs while checking one activity: the activity, and where to report.</summary>
internal sealed class QualityContext(IatiActivity activity, ValidationReportBuilder report, string? fileName, CultureInfo culture)
{
    public IatiActivity Activity => activity;

    public CultureInfo Culture => culture;

    /// <summary>
    /// Reports a broken rule at <paramref name="location"/> inside the activity. The message under
    /// <paramref name="messageKey"/> gets the activity identifier as <c>{0}</c> and <paramref name="arguments"/> after it.
    /// </summary>
    public void Report(ValidationRule rule, string messageKey, string location, params object?[] arguments) =>
        report.Add(new ValidationIssue
        {
            Rule = rule,
            Title = rule.Title(culture),
            Message = ValidationMessages.Format(messageKey, culture, [activity.Identifier, .. arguments]),
            FileName = fileName,
            Line = activity.Source?.LineNumber,
            Column = activity.Source?.LinePosition,
            Location = location,
            ActivityIdentifier = activity.Identifier,
        });

    /// <summary>A date the way IATI writes it, whatever the language of the message.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
