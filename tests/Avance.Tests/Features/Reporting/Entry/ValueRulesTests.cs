using System.Globalization;
using Avance.Features.Indicators;
using Avance.Features.Reporting;
using Avance.Features.Reporting.Entry.Rules;
using static Avance.Tests.Features.Reporting.Entry.RuleScenario;

namespace Avance.Tests.Features.Reporting.Entry;

public sealed class ValueRulesTests
{
    [Theory]
    [InlineData("en", "5,585", 5585)]
    [InlineData("en", "12.5", 12.5)]
    [InlineData("es", "5.585", 5585)]
    [InlineData("es", "12,5", 12.5)]
    [InlineData("en", " 40 ", 40)]
    public void Numbers_are_read_in_the_language_they_are_typed_in(string language, string typed, decimal expected)
    {
        var result = Check(Indicator(IndicatorType.Number, "pesos invested"), Values(("", typed)), language: language);

        Assert.True(result.Passed, string.Join(", ", Codes(result)));
        Assert.Equal(expected, result.Entry!.Values[DisaggregationKey.Total].Number);
    }

    [Theory]
    [InlineData("es", "1.5")]
    [InlineData("en", "1,5")]
    [InlineData("en", "about 200")]
    [InlineData("en", "200 officers")]
    public void Ambiguous_or_wordy_numbers_are_refused_rather_than_guessed(string language, string typed)
    {
        var result = Check(Indicator(IndicatorType.Number, "pesos"), Values(("", typed)), language: language);

        Assert.Equal([ProblemCodes.ValueNotANumber], Codes(result));
        Assert.Contains(typed, result.Problems[0].Message(CultureInfo.GetCultureInfo(language)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_count_of_people_must_be_whole_but_money_may_have_cents()
    {
        Assert.Equal([ProblemCodes.ValueNotWhole], Codes(Check(Indicator(IndicatorType.Number, "officers trained"), Values(("", "12.5")))));
        Assert.True(Check(Indicator(IndicatorType.Number, "millones de pesos"), Values(("", "12.5"))).Passed);
    }

    [Theory]
    [InlineData("-3", ProblemCodes.ValueNegative)]
    [InlineData("1000000000000", ProblemCodes.ValueTooLarge)]
    public void Numbers_below_zero_or_beyond_any_real_count_are_refused(string typed, string code) =>
        Assert.Equal([code], Codes(Check(Indicator(IndicatorType.Number), Values(("", typed)))));

    [Fact]
    public void More_than_four_decimal_places_are_refused_because_they_could_not_be_kept() =>
        Assert.Equal([ProblemCodes.ValueTooPrecise], Codes(Check(Indicator(IndicatorType.Percentage, null), Values(("", "12.34567")))));

    [Theory]
    [InlineData("30", 30)]
    [InlineData("30 %", 30)]
    [InlineData("48.6%", 48.6)]
    [InlineData("0", 0)]
    [InlineData("100", 100)]
    public void Percentages_between_0_and_100_are_accepted_with_or_without_the_sign(string typed, decimal expected) =>
        Assert.Equal(expected, Check(Indicator(IndicatorType.Percentage, null), Values(("", typed))).Entry!.Values[DisaggregationKey.Total].Number);

    [Fact]
    public void A_percentage_over_100_is_refused() =>
        Assert.Equal([ProblemCodes.ValuePercentageRange], Codes(Check(Indicator(IndicatorType.Percentage, null), Values(("", "100.5")))));

    [Theory]
    [InlineData("yes", 1)]
    [InlineData("Sí", 1)]
    [InlineData("NO", 0)]
    public void Yes_no_answers_are_read_in_either_language(string typed, decimal expected) =>
        Assert.Equal(expected, Check(Indicator(IndicatorType.YesNo, null), Values(("", typed))).Entry!.Values[DisaggregationKey.Total].Number);

    [Fact]
    public void Anything_but_yes_or_no_is_refused_for_a_yes_no_indicator() =>
        Assert.Equal([ProblemCodes.ValueNotYesNo], Codes(Check(Indicator(IndicatorType.YesNo, null), Values(("", "partly")))));

    [Fact]
    public void A_qualitative_answer_is_kept_as_plain_text_up_to_2000_characters()
    {
        var rules = Indicator(IndicatorType.Qualitative, null);
        var kept = Check(rules, Values(("", "<b>Protocol</b> adopted")));
        var tooLong = Check(rules, Values(("", new string('a', 2001))));

        Assert.Equal("Protocol adopted", kept.Entry!.Values[DisaggregationKey.Total].Text);
        Assert.Equal([ProblemCodes.ValueTextTooLong], Codes(tooLong));
    }

    [Fact]
    public void A_blank_value_clears_and_a_missing_one_keeps_what_is_saved()
    {
        var result = Check(Indicator(IndicatorType.Number, "people", DisaggregationDimension.Sex),
            new EntryInput([new ValueInput("", "", 1), new ValueInput("sex=female", null, 1)]),
            Stored(("", 10, false), ("sex=female", 4, false)));

        Assert.True(result.Entry!.Values[DisaggregationKey.Total].IsBlank);
        Assert.False(result.Entry.Values.ContainsKey(DisaggregationKey.Parse("sex=female")));
    }
}
