using Avance.Features.Indicators;
using static Avance.Features.Indicators.ProgressRule;
using static Avance.Features.Indicators.ProgressStatus;

namespace Avance.Tests.Domain;

/// <summary>One test per rule of docs/progress-status.md, each direction, and the boundaries between statuses.</summary>
public sealed class ProgressRulesTests
{
    private static readonly TargetPoint[] To200In2024 = [new(2024, 200)];

    [Theory]
    [InlineData(IndicatorType.Number)]
    [InlineData(IndicatorType.Percentage)]
    [InlineData(IndicatorType.YesNo)]
    [InlineData(IndicatorType.Qualitative)]
    public void NoPublishedValue_IsNoData_ForEveryType(IndicatorType type) =>
        Expect(Assess(type, IndicatorDirection.Increase, 100, 2020, To200In2024, null, null), NoData, NoPublishedValue);

    [Fact]
    public void NoTargets_IsNoData_EvenWithABaselineAndAValue() =>
        Expect(Number(IndicatorDirection.Increase, 100, 2020, [], 160, 2022), NoData, NoTarget);

    [Fact]
    public void TargetsInWordsOnly_CountAsNoTarget() =>
        Expect(Number(IndicatorDirection.Increase, null, null, [new(2024, null)], 160, 2022), NoData, NoTarget);

    [Fact]
    public void ValueInWordsOnly_ForANumberIndicator_IsNoData() =>
        Expect(Number(IndicatorDirection.Increase, 100, 2020, To200In2024, null, 2022), NoData, NoPublishedValue);

    [Fact]
    public void Qualitative_AnsweredInWords_IsNoData() =>
        Expect(Assess(IndicatorType.Qualitative, IndicatorDirection.Increase, null, null, To200In2024, null, 2022), NoData, QualitativeWithoutNumbers);

    [Fact]
    public void Qualitative_WithTextTargetsOnly_IsNoData() =>
        Expect(Assess(IndicatorType.Qualitative, IndicatorDirection.Increase, null, null, [new(2024, null)], 3, 2022), NoData, QualitativeWithoutNumbers);

    [Fact]
    public void Qualitative_WithNumbersOnBothSides_IsAssessedAsANumber() =>
        Expect(Assess(IndicatorType.Qualitative, IndicatorDirection.Increase, null, null, [new(2024, 5)], 5, 2023), Achieved, FinalTargetReached);

    [Theory]
    [InlineData(IndicatorDirection.Increase, 200, Achieved)]
    [InlineData(IndicatorDirection.Increase, 250, Achieved)]
    [InlineData(IndicatorDirection.Decrease, 200, Achieved)]
    [InlineData(IndicatorDirection.Decrease, 150, Achieved)]
    public void MeetingTheFinalTarget_IsAchieved_AnyYear(IndicatorDirection direction, double value, ProgressStatus expected)
    {
        foreach (var year in new[] { 2021, 2024, 2027 })
            Expect(Number(direction, 100, 2020, To200In2024, (decimal)value, year), expected, FinalTargetReached);
    }

    [Theory]
    [InlineData(IndicatorDirection.Increase, 199.99)]
    [InlineData(IndicatorDirection.Decrease, 200.01)]
    public void MissingTheFinalTarget_AfterItsYear_IsOffTrack(IndicatorDirection direction, double value) =>
        Expect(Number(direction, 100, 2020, To200In2024, (decimal)value, 2025), OffTrack, FinalTargetYearPassed);

    [Theory]
    [InlineData(120, OnTrack, TargetYearReachedAndMet)]
    [InlineData(130, OnTrack, TargetYearReachedAndMet)]
    [InlineData(119.9, OffTrack, TargetYearReachedAndMissed)]
    public void Increase_InAYearWithATarget_ComparesWithThatTarget(double value, ProgressStatus status, ProgressRule rule)
    {
        var assessment = Number(IndicatorDirection.Increase, 100, 2020, [new(2022, 120), new(2024, 200)], (decimal)value, 2022);

        Expect(assessment, status, rule);
        Assert.Equal(new TargetPoint(2022, 120), assessment.Target);
    }

    [Theory]
    [InlineData(80, OnTrack, TargetYearReachedAndMet)]
    [InlineData(80.5, OffTrack, TargetYearReachedAndMissed)]
    public void Decrease_InAYearWithATarget_ComparesWithThatTarget(double value, ProgressStatus status, ProgressRule rule) =>
        Expect(Number(IndicatorDirection.Decrease, 100, 2020, [new(2022, 80), new(2024, 50)], (decimal)value, 2022), status, rule);

    [Theory]
    [InlineData(160, OnTrack, OnOrAheadOfPath)]
    [InlineData(150, OnTrack, OnOrAheadOfPath)]
    [InlineData(149.99, OffTrack, BehindPath)]
    public void Increase_BetweenBaselineAndTarget_FollowsTheStraightPath(double value, ProgressStatus status, ProgressRule rule)
    {
        var assessment = Number(IndicatorDirection.Increase, 100, 2020, To200In2024, (decimal)value, 2022);

        Expect(assessment, status, rule);
        Assert.Equal(150m, assessment.Expected);
        Assert.Equal(new TargetPoint(2024, 200), assessment.Target);
    }

    [Theory]
    [InlineData(24, OnTrack, OnOrAheadOfPath)]
    [InlineData(25, OnTrack, OnOrAheadOfPath)]
    [InlineData(25.01, OffTrack, BehindPath)]
    public void Decrease_BetweenBaselineAndTarget_FollowsTheStraightPathDownwards(double value, ProgressStatus status, ProgressRule rule)
    {
        var assessment = Number(IndicatorDirection.Decrease, 40, 2020, [new(2026, 10)], (decimal)value, 2023);

        Expect(assessment, status, rule);
        Assert.Equal(25m, assessment.Expected);
    }

    [Fact]
    public void Path_StartsAtTheLastTargetBeforeTheValue_RatherThanTheBaseline()
    {
        var assessment = Number(IndicatorDirection.Increase, 0, 2018, [new(2021, 100), new(2025, 300)], 210, 2023);

        Expect(assessment, OnTrack, OnOrAheadOfPath);
        Assert.Equal(200m, assessment.Expected);
    }

    [Fact]
    public void Path_InTheBaselineYear_ExpectsTheBaseline() =>
        Assert.Equal(100m, Number(IndicatorDirection.Increase, 100, 2022, To200In2024, 100, 2022).Expected);

    [Fact]
    public void BaselineLaterThanTheValue_IsNotUsedAsAStart() =>
        Expect(Number(IndicatorDirection.Increase, 100, 2023, To200In2024, 150, 2022), NoData, NoBaselineToJudgePath);

    [Theory]
    [InlineData(IndicatorDirection.Increase, 160, OnTrack, AlreadyMeetsNextTarget)]
    [InlineData(IndicatorDirection.Increase, 150, OnTrack, AlreadyMeetsNextTarget)]
    [InlineData(IndicatorDirection.Increase, 119, NoData, NoBaselineToJudgePath)]
    [InlineData(IndicatorDirection.Decrease, 140, OnTrack, AlreadyMeetsNextTarget)]
    [InlineData(IndicatorDirection.Decrease, 151, NoData, NoBaselineToJudgePath)]
    public void WithoutBaseline_OnlyAValueAlreadyMeetingTheNextTargetIsJudged(IndicatorDirection direction, double value, ProgressStatus status, ProgressRule rule)
    {
        TargetPoint[] targets = direction == IndicatorDirection.Increase ? [new(2023, 150), new(2025, 300)] : [new(2023, 150), new(2025, 100)];
        Expect(Number(direction, null, null, targets, (decimal)value, 2022), status, rule);
    }

    [Fact]
    public void BaselineValueWithoutYear_IsNotUsable() =>
        Expect(Number(IndicatorDirection.Increase, 100, null, To200In2024, 150, 2022), NoData, NoBaselineToJudgePath);

    [Fact]
    public void TargetsOutOfOrder_AreReadByYear() =>
        Expect(Number(IndicatorDirection.Increase, 100, 2020, [new(2024, 200), new(2022, 120)], 125, 2022), OnTrack, TargetYearReachedAndMet);

    [Theory]
    [InlineData(1, 2023, Achieved, YesReached)]
    [InlineData(1, 2026, Achieved, YesReached)]
    [InlineData(0, 2022, OnTrack, NotYetBeforeTargetYear)]
    [InlineData(0, 2024, OffTrack, NotByTargetYear)]
    [InlineData(0, 2025, OffTrack, NotByTargetYear)]
    public void YesNo_YesIsAchieved_NoIsOnTrackOnlyBeforeTheTargetYear(int answer, int year, ProgressStatus status, ProgressRule rule) =>
        Expect(Assess(IndicatorType.YesNo, IndicatorDirection.NotApplicable, null, null, [new(2024, 1)], answer, year), status, rule);

    [Fact]
    public void YesNo_UsesTheLastTarget() =>
        Expect(Assess(IndicatorType.YesNo, IndicatorDirection.Increase, 0, 2020, [new(2022, 0), new(2024, 1)], 0, 2023), OnTrack, NotYetBeforeTargetYear);

    [Fact]
    public void YesNo_WhoseTargetIsNo_IsAchievedByNo() =>
        Expect(Assess(IndicatorType.YesNo, IndicatorDirection.NotApplicable, null, null, [new(2024, 0)], 0, 2022), Achieved, YesReached);

    [Theory]
    [InlineData(30, 2022, OnTrack, LevelKept)]
    [InlineData(35, 2022, OnTrack, LevelKept)]
    [InlineData(29.9, 2022, OffTrack, LevelNotKept)]
    [InlineData(30, 2024, Achieved, FinalTargetReached)]
    [InlineData(31, 2026, Achieved, FinalTargetReached)]
    [InlineData(28, 2026, OffTrack, LevelNotKept)]
    public void Maintain_MeansNotFallingBelowTheLevel(double value, int year, ProgressStatus status, ProgressRule rule) =>
        Expect(Number(IndicatorDirection.Maintain, 30, 2020, [new(2024, 30)], (decimal)value, year), status, rule);

    [Fact]
    public void Maintain_UsesTheTargetInForceForTheValuesYear()
    {
        var assessment = Number(IndicatorDirection.Maintain, null, null, [new(2022, 25), new(2024, 30)], 26, 2021);

        Expect(assessment, OnTrack, LevelKept);
        Assert.Equal(new TargetPoint(2022, 25), assessment.Target);
    }

    [Fact]
    public void NumberWithoutDirection_IsNoData() =>
        Expect(Number(IndicatorDirection.NotApplicable, 100, 2020, To200In2024, 150, 2022), NoData, NoDirection);

    [Fact]
    public void Percentage_FollowsTheSameRulesAsNumbers() =>
        Expect(Assess(IndicatorType.Percentage, IndicatorDirection.Increase, 20, 2020, [new(2024, 40)], 31, 2022), OnTrack, OnOrAheadOfPath);

    private static ProgressAssessment Number(IndicatorDirection direction, double? baseline, int? baselineYear, TargetPoint[] targets, decimal? value, int? year) =>
        Assess(IndicatorType.Number, direction, baseline, baselineYear, targets, value, year);

    private static ProgressAssessment Assess(IndicatorType type, IndicatorDirection direction, double? baseline, int? baselineYear,
        TargetPoint[] targets, decimal? value, int? year) =>
        ProgressRules.Assess(new ProgressInput(type, direction, (decimal?)baseline, baselineYear, targets, value, year));

    private static void Expect(ProgressAssessment assessment, ProgressStatus status, ProgressRule rule)
    {
        Assert.Equal(status, assessment.Status);
        Assert.Equal(rule, assessment.Rule);
    }
}
