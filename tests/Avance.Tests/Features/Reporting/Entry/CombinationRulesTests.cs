using Avance.Features.Indicators;
using Avance.Features.Reporting.Entry.Rules;
using static Avance.Tests.Features.Reporting.Entry.RuleScenario;

namespace Avance.Tests.Features.Reporting.Entry;

public sealed class CombinationRulesTests
{
    private static readonly IndicatorRules BySexAndState =
        Indicator(IndicatorType.Number, "people", DisaggregationDimension.Sex, DisaggregationDimension.State, DisaggregationDimension.Institution);

    [Theory]
    [InlineData("sex=female", "sex=female")]
    [InlineData("Sex=Female", "sex=female")]
    [InlineData("state=09", "state=09")]
    [InlineData("institution= Guardia Nacional ", "institution=Guardia Nacional")]
    public void Declared_combinations_are_accepted_in_their_stored_spelling(string given, string stored)
    {
        var result = Check(BySexAndState, Values((given, "1")));

        Assert.True(result.Passed, string.Join(", ", Codes(result)));
        Assert.Equal(stored, Assert.Single(result.Entry!.Values.Keys).ToString());
    }

    [Theory]
    [InlineData("agegroup=18-29", ProblemCodes.CombinationDimensionNotDeclared)]
    [InlineData("state=33", ProblemCodes.CombinationUnknownCategory)]
    [InlineData("sex=nonbinary", ProblemCodes.CombinationUnknownCategory)]
    [InlineData("institution=", ProblemCodes.CombinationCategoryMissing)]
    [InlineData("colour=red", ProblemCodes.CombinationUnreadable)]
    [InlineData("sex=female;state=09", ProblemCodes.CombinationUnreadable)]
    [InlineData("sex", ProblemCodes.CombinationUnreadable)]
    public void Combinations_the_indicator_does_not_have_are_refused_at_their_row(string combination, string code)
    {
        var result = Check(BySexAndState, Values(("", "10"), (combination, "1")));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(code, problem.Code);
        Assert.Equal(1, problem.ValueIndex);
        Assert.Equal(combination, problem.Combination);
    }

    [Fact]
    public void The_same_combination_twice_is_refused() =>
        Assert.Equal([ProblemCodes.CombinationRepeated], Codes(Check(BySexAndState, Values(("sex=female", "1"), ("SEX=female", "2")))));

    [Fact]
    public void Age_bands_are_the_documented_five() =>
        Assert.Equal(["0-11", "12-17", "18-29", "30-59", "60+"], Categories.AgeGroups);
}
