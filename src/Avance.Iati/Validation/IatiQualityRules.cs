using System.Globalization;
using Avance.Iati.Codes;
using Avance.Iati.Model;

namespace Avance.Iati.Validation;

/// <summary>
/// Data-quality checks on activities that the XML schema cannot make: dates in order, percentages adding up to 100,
/// codes present in the IATI codelists, and result values consistent with their indicator's measure. Issues carry
/// the activity identifier, the location inside the activity and the activity's line in its file.
/// Safe to share between threads.
/// </summary>
/// <param name="codelists">The codelists codes are checked against.</param>
public sealed class IatiQualityRules(IatiCodelists codelists)
{
    /// <summary>Rules checking codes against the codelists embedded in the library.</summary>
    public IatiQualityRules() : this(IatiCodelists.Embedded)
    {
    }

    /// <summary>The issues of one activity, all of them, messages in <paramref name="culture"/> (current UI culture when null).</summary>
    public IReadOnlyList<ValidationIssue> Check(IatiActivity activity, string? fileName = null, CultureInfo? culture = null)
    {
        var report = new ValidationReportBuilder(int.MaxValue);
        Check(activity, report, fileName, culture);
        return report.Build().Issues;
    }

    /// <summary>Adds the issues of one activity to <paramref name="report"/>, e.g. after the file's schema issues.</summary>
    public void Check(IatiActivity activity, ValidationReportBuilder report, string? fileName = null, CultureInfo? culture = null)
    {
        var context = new QualityContext(activity, report, fileName, culture ?? CultureInfo.CurrentUICulture);
        DateOrderRules.Check(context);
        PercentageRules.Check(context);
        CodeRules.Check(context, codelists);
        ResultValueRules.Check(context);
    }
}
