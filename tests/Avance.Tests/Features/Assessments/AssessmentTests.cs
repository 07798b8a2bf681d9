using Avance.Domain;
using Avance.Features.Assessments;

namespace Avance.Tests.Features.Assessments;

public sealed class AssessmentTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 8, 10, 0, 0, TimeSpan.Zero);

    private static Assessment Filed() => new()
    {
        Subject = AssessmentSubject.Indicator, SubjectId = 1, Rating = AssessmentRating.SomeProgress, Narrative = "Some.", Language = "en",
    };

    [Fact]
    public void Reply_AddsTheReply_AndRaisesTheVersion()
    {
        var assessment = Filed();

        var reply = assessment.Reply(7, "  Thank you.  ", "es", Now);

        Assert.Equal(("Thank you.", "es", 7, Now), (reply.Text, reply.Language, reply.AuthorUserId, reply.RepliedAt));
        Assert.Same(reply, Assert.Single(assessment.Replies));
        Assert.Equal(1, assessment.Version);
    }

    [Theory]
    [InlineData(" ", "en", "assessment.reply-missing")]
    [InlineData("Fine.", "fr", "assessment.language-unknown")]
    public void Reply_WithoutTextOrInAnotherLanguage_IsRefused(string text, string language, string code)
    {
        var assessment = Filed();

        var refusal = Assert.Throws<DomainRuleException>(() => assessment.Reply(7, text, language, Now));

        Assert.Equal(code, refusal.Code);
        Assert.Empty(assessment.Replies);
        Assert.Equal(0, assessment.Version);
    }

    [Fact]
    public void Reply_TooLong_IsRefused()
    {
        var refusal = Assert.Throws<DomainRuleException>(() => Filed().Reply(7, new string('x', Assessment.MaxNarrativeLength + 1), "en", Now));

        Assert.Equal("assessment.reply-too-long", refusal.Code);
    }

    [Fact]
    public void Hide_RecordsWhenWhoAndWhy_AndAHiddenAssessmentTakesNoReplyAndIsNotHiddenTwice()
    {
        var assessment = Filed();

        assessment.Hide(Now, 3, " Insults. ");

        Assert.Equal((true, Now, 3, "Insults.", 1), (assessment.IsHidden, assessment.HiddenAt!.Value, assessment.HiddenByUserId!.Value, assessment.HiddenReason, assessment.Version));
        Assert.Equal("assessment.hidden", Assert.Throws<DomainRuleException>(() => assessment.Reply(7, "Reply.", "en", Now)).Code);
        Assert.Equal("assessment.already-hidden", Assert.Throws<DomainRuleException>(() => assessment.Hide(Now, 3, "Again.")).Code);
        Assert.Equal(1, assessment.Version);
    }

    [Theory]
    [InlineData("", "assessment.reason-missing")]
    [InlineData(null, "assessment.reason-too-long")]
    public void Hide_WithoutAReasonOrWithAnOverlongOne_IsRefused(string? reason, string code)
    {
        var assessment = Filed();

        var refusal = Assert.Throws<DomainRuleException>(() => assessment.Hide(Now, 3, reason ?? new string('x', Assessment.MaxReasonLength + 1)));

        Assert.Equal(code, refusal.Code);
        Assert.False(assessment.IsHidden);
    }

    [Fact]
    public void EveryRuleTheEntityCanBreak_HasAMessage()
    {
        string[] codes = ["assessment.reply-missing", "assessment.reply-too-long", "assessment.reason-missing", "assessment.reason-too-long",
            "assessment.language-unknown", "assessment.hidden", "assessment.already-hidden"];

        Assert.All(codes, code => Assert.StartsWith("Assessments_", AssessmentRules.Error(code).Key));
        Assert.Equal(["assessment.already-hidden", "assessment.hidden"], codes.Where(AssessmentRules.IsStateRule).Order());
    }
}
