using System.Globalization;
using Avance.Features.Reporting.Entry.Rules;
using Avance.Web;

namespace Avance.Tests.Features.Reporting.Entry;

public sealed class ProblemMessagesTests
{
    public static TheoryData<string> Codes() => new(ProblemCodes.All);

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_problem_code_has_a_message_in_English_and_Spanish(string code)
    {
        var english = UiText.Get(EntryProblem.ResourceKey(code), CultureInfo.GetCultureInfo("en"));
        var spanish = UiText.Get(EntryProblem.ResourceKey(code), CultureInfo.GetCultureInfo("es"));

        Assert.DoesNotContain("⟦", english, StringComparison.Ordinal);
        Assert.DoesNotContain("⟦", spanish, StringComparison.Ordinal);
        Assert.NotEqual(english, spanish);
    }
}
