using Avance.Features.Indicators;
using Avance.Web;

namespace Avance.Features.Assessments;

/// <summary>
/// What _Assessments.cshtml shows: the public assessments of one subject (or of a plan's periods), and where to file one.
/// HeadingLevel is the level of the section's heading in the page (each assessment's is one below); 0 is the compact form
/// inside an activity of the plan explorer: a disclosure without headings, and nothing at all when there is no assessment.
/// </summary>
public sealed record AssessmentsView(
    string Anchor,
    IReadOnlyList<PublicAssessmentRow> Assessments,
    IndicatorType? IndicatorType,
    int HeadingLevel,
    string FileUrl)
{
    public const string Partial = "/Features/Assessments/_Assessments.cshtml";

    public bool Compact => HeadingLevel == 0;

    /// <summary>The workspace form with the subject already chosen.</summary>
    public static string FileUrlFor(AssessmentSubject subject, int id) => $"{NewPath}?subject={subject}:{id}";

    /// <summary>The workspace form with the plan chosen, for the reader to pick what in it they assess.</summary>
    public static string FileUrlFor(string iso2, string planCode) =>
        $"{NewPath}?country={iso2.ToLowerInvariant()}&plan={Uri.EscapeDataString(planCode)}";

    private static string NewPath => $"/{Languages.Current}/workspace/assessments/new";
}
