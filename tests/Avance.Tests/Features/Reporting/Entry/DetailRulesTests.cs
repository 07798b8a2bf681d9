using Avance.Features.Indicators;
using Avance.Features.Reporting.Entry.Rules;
using static Avance.Tests.Features.Reporting.Entry.RuleScenario;

namespace Avance.Tests.Features.Reporting.Entry;

public sealed class DetailRulesTests
{
    private static readonly IndicatorRules Count = Indicator(IndicatorType.Number);

    [Fact]
    public void A_draft_may_lack_everything_a_submission_needs()
    {
        var draft = Check(Count, Values(), mode: EntryMode.Draft);
        var submission = Check(Count, Values(), mode: EntryMode.Submit);

        Assert.True(draft.Passed);
        Assert.Equal([ProblemCodes.ValueTotalMissing, ProblemCodes.NarrativeMissing, ProblemCodes.SourceMissing, ProblemCodes.DateMissing],
            Codes(submission));
    }

    [Fact]
    public void A_complete_submission_passes_with_a_narrative_in_one_language_and_a_new_source()
    {
        var input = Values(("", "119")) with
        {
            NarrativeSpanish = "Se capacitaron 119 oficiales.",
            NarrativeEnglish = "",
            Source = new SourceChoice.New("Informe anual 2024", "https://example.org/informe"),
            SourceDate = "2024-06-01",
        };

        var result = Check(Count, input, mode: EntryMode.Submit);

        Assert.True(result.Passed, string.Join(", ", Codes(result)));
        Assert.Null(result.Entry!.NarrativeEnglish);
        Assert.Equal("Se capacitaron 119 oficiales.", result.Entry.NarrativeSpanish);
        Assert.Equal(new DateOnly(2024, 6, 1), result.Entry.SourceDate);
    }

    [Theory]
    [InlineData("2024-07-01", ProblemCodes.DateFuture)]
    [InlineData("2023-12-31", ProblemCodes.DateBeforePeriod)]
    [InlineData("01/06/2024", ProblemCodes.DateUnreadable)]
    public void The_date_is_not_in_the_future_nor_before_the_period(string date, string code) =>
        Assert.Equal([code], Codes(Check(Count, Values() with { SourceDate = date })));

    [Theory]
    [InlineData("Report", "ftp://example.org/x", ProblemCodes.SourceUrlInvalid)]
    [InlineData("Report", "example.org", ProblemCodes.SourceUrlInvalid)]
    [InlineData(" ", "https://example.org", ProblemCodes.SourceTitleMissing)]
    public void A_new_source_needs_a_title_and_a_web_address(string title, string url, string code) =>
        Assert.Equal([code], Codes(Check(Count, Values() with { Source = new SourceChoice.New(title, url) })));

    [Fact]
    public void An_existing_source_must_exist()
    {
        Assert.True(Check(Count, Values() with { Source = new SourceChoice.Existing(KnownSourceId) }).Passed);
        Assert.Equal([ProblemCodes.SourceUnknown], Codes(Check(Count, Values() with { Source = new SourceChoice.Existing(99) })));
    }

    [Fact]
    public void Narratives_are_limited_per_language_and_kept_as_plain_text()
    {
        var tooLong = Check(Count, Values() with { NarrativeEnglish = new string('x', 4001) });
        var marked = Check(Count, Values() with { NarrativeEnglish = "Trained <script>alert(1)</script>officers" });

        Assert.Equal([ProblemCodes.NarrativeTooLong], Codes(tooLong));
        Assert.Equal(EntryFields.NarrativeEnglish, tooLong.Problems[0].Field);
        Assert.DoesNotContain("<", marked.Entry!.NarrativeEnglish, StringComparison.Ordinal);
    }

    [Fact]
    public void A_locked_value_can_be_sent_again_unchanged_but_not_changed()
    {
        var stored = Stored(("", 119, true));

        Assert.True(Check(Count, Values(("", "119")), stored).Passed);
        Assert.Equal([ProblemCodes.ValueLocked], Codes(Check(Count, Values(("", "120")), stored)));
        Assert.Equal([ProblemCodes.NarrativeLocked], Codes(Check(Count, Values() with { NarrativeEnglish = "New words" }, stored)));
    }
}
