using System.Globalization;
using Avance.Features.Indicators;
using Avance.Features.Reporting.Entry.Rules;
using static Avance.Tests.Features.Reporting.Entry.RuleScenario;

namespace Avance.Tests.Features.Reporting.Entry;

public sealed class SumRulesTests
{
    private static readonly IndicatorRules BySex = Indicator(IndicatorType.Number, "officers trained", DisaggregationDimension.Sex);

    [Fact]
    public void Women_and_men_must_add_up_to_the_total_and_the_problem_sits_on_the_total()
    {
        var result = Check(BySex, Values(("", "119"), ("sex=female", "36"), ("sex=male", "80")));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemCodes.SumMismatch, problem.Code);
        Assert.Equal(0, problem.ValueIndex);
        Assert.Equal("The values by sex add up to 116, but the total is 119: with every category given, they must add up to the total.",
            problem.Message(CultureInfo.GetCultureInfo("en")));
        Assert.Equal("Los valores por sexo suman 116, pero el total es 119: con todas las categorías indicadas, deben sumar el total.",
            problem.Message(CultureInfo.GetCultureInfo("es")));
    }

    [Fact]
    public void Other_counts_toward_the_sum_when_it_is_given() =>
        Assert.True(Check(BySex, Values(("", "119"), ("sex=female", "36"), ("sex=male", "80"), ("sex=other", "3"))).Passed);

    [Fact]
    public void A_partial_split_may_fall_short_of_the_total_but_not_exceed_it()
    {
        Assert.True(Check(BySex, Values(("", "119"), ("sex=female", "36"))).Passed);
        Assert.Equal([ProblemCodes.SumExceedsTotal], Codes(Check(BySex, Values(("", "30"), ("sex=female", "36")))));
    }

    [Fact]
    public void Institutions_are_never_complete_but_never_exceed_the_total()
    {
        var rules = Indicator(IndicatorType.Number, "people", DisaggregationDimension.Institution);

        Assert.True(Check(rules, Values(("", "100"), ("institution=SEDENA", "40"), ("institution=SEMAR", "30"))).Passed);
        Assert.Equal([ProblemCodes.SumExceedsTotal], Codes(Check(rules, Values(("", "50"), ("institution=SEDENA", "40"), ("institution=SEMAR", "30")))));
    }

    [Fact]
    public void Percentages_by_sex_never_add_up() =>
        Assert.True(Check(Indicator(IndicatorType.Percentage, null, DisaggregationDimension.Sex),
            Values(("", "30"), ("sex=female", "30"), ("sex=male", "70"))).Passed);

    [Fact]
    public void Saved_values_count_in_the_sum_when_only_some_are_sent()
    {
        var result = Check(BySex, Values(("sex=male", "80")), Stored(("", 119, false), ("sex=female", 36, true)));

        Assert.Equal([ProblemCodes.SumMismatch], Codes(result));
    }
}
