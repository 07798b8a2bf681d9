using System.Globalization;
using System.Text;

namespace Avance.Iati.Validation;

/// <summary>
/// Validates IATI activity and organisation files against the official 2.03 XML schemas, which are embedded in the
/// library. The file streams through once and is never held in memory. Every schema violation becomes an issue with
/// line, column and location; a file that is not well-formed XML (truncated, with a DTD, not XML at all) becomes one
/// error issue, never an exception. Safe to share between threads.
/// </summary>
public sealed class IatiSchemaValidator
{
    // Publishers still declare windows-1252 and other legacy encodings, which .NET only knows through this provider.
    static IatiSchemaValidator() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>
    /// Validates <paramref name="xml"/> (read synchronously; the stream stays open) and reports into a new report
    /// holding at most <see cref="ValidationReportBuilder.DefaultMaxIssues"/> issues.
    /// </summary>
    /// <param name="xml">The file's bytes; the encoding is taken from the XML declaration or byte order mark.</param>
    /// <param name="fileName">The name shown in issues.</param>
    /// <param name="culture">Language of rule titles and messages (English or Spanish); the current UI culture when null.</param>
    public ValidationReport Validate(Stream xml, string fileName, CultureInfo? culture = null)
    {
        var report = new ValidationReportBuilder();
        Validate(xml, fileName, report, culture);
        return report.Build();
    }

    /// <summary>Validates <paramref name="xml"/> into <paramref name="report"/>, e.g. to add data-quality issues after.</summary>
    /// <param name="activityValidated">
    /// Called with the number of activities validated so far each time an activity element ends, once every issue
    /// inside it is in the report: lets another reader of the same file wait for the activities it has reached.
    /// </param>
    public void Validate(Stream xml, string fileName, ValidationReportBuilder report, CultureInfo? culture = null,
        Action<int>? activityValidated = null) =>
        new SchemaValidationRun(fileName, report, culture ?? CultureInfo.CurrentUICulture, activityValidated).Run(xml);
}
