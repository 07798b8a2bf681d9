using System.Globalization;
using Avance.Features.Evidence;
using Avance.Features.Reporting.Entry.Rules;
using Avance.Features.Reporting.Templates;
using Avance.Web;

namespace Avance.Tests.Features.Reporting.Entry;

public sealed class ProblemMessagesTests
{
    public static TheoryData<string> Codes() => new(ProblemCodes.All);

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_problem_code_has_a_message_in_English_and_Spanish(string code) => AssertTranslated(EntryProblem.ResourceKey(code));

    public static TheoryData<string> TemplateCodes() => new(TemplateProblems.All);

    [Theory]
    [MemberData(nameof(TemplateCodes))]
    public void Every_template_problem_has_a_message_in_English_and_Spanish(string code) =>
        AssertTranslated(TemplateProblems.ResourceKey(code));

    public static TheoryData<string> UploadRefusals() =>
        new(Enum.GetValues<UploadStatus>().Where(s => s is not (UploadStatus.Added or UploadStatus.NotFound or UploadStatus.Forbidden)).Select(s => s.ToString()));

    [Theory]
    [MemberData(nameof(UploadRefusals))]
    public void Every_refused_upload_has_a_message_in_English_and_Spanish(string status) => AssertTranslated("Evidence_Problem_" + status);

    private static void AssertTranslated(string key)
    {
        var english = UiText.Get(key, CultureInfo.GetCultureInfo("en"));
        var spanish = UiText.Get(key, CultureInfo.GetCultureInfo("es"));
        Assert.DoesNotContain("⟦", english, StringComparison.Ordinal);
        Assert.DoesNotContain("⟦", spanish, StringComparison.Ordinal);
        Assert.NotEqual(english, spanish);
    }
}
