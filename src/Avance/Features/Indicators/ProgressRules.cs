namespace Avance.Features.Indicators;

/// <summary>
/// The progress-to-target rules of docs/progress-status.md, as one pure function: same input, same answer, no
/// database, no clock. Change the document and this together.
/// </summary>
public static class ProgressRules
{
    public static ProgressAssessment Assess(ProgressInput input)
    {
        if (input.LatestYear is not { } year) return new(ProgressStatus.NoData, ProgressRule.NoPublishedValue);
        var targets = input.Targets.Where(t => t.Value is not null).OrderBy(t => t.Year).ToList();
        // Words cannot be compared by rule: a qualitative indicator is assessed only where both sides are numbers.
        if (input.Type == IndicatorType.Qualitative && (input.LatestValue is null || targets.Count == 0))
            return new(ProgressStatus.NoData, ProgressRule.QualitativeWithoutNumbers);
        if (input.LatestValue is not { } value) return new(ProgressStatus.NoData, ProgressRule.NoPublishedValue);
        if (targets.Count == 0) return new(ProgressStatus.NoData, ProgressRule.NoTarget);
        if (input.Type == IndicatorType.YesNo) return YesNo(value, year, targets);
        return input.Direction switch
        {
            IndicatorDirection.Increase => Directed(input, value, year, targets, better: 1),
            IndicatorDirection.Decrease => Directed(input, value, year, targets, better: -1),
            IndicatorDirection.Maintain => Maintain(value, year, targets),
            _ => new(ProgressStatus.NoData, ProgressRule.NoDirection),
        };
    }

    /// <summary>A yes/no answer cannot show part of the way, so only the target year tells "not yet" from "not done".</summary>
    private static ProgressAssessment YesNo(decimal value, int year, List<TargetPoint> targets)
    {
        var final = targets[^1];
        if (value == final.Value) return new(ProgressStatus.Achieved, ProgressRule.YesReached, final);
        return year < final.Year
            ? new(ProgressStatus.OnTrack, ProgressRule.NotYetBeforeTargetYear, final)
            : new(ProgressStatus.OffTrack, ProgressRule.NotByTargetYear, final);
    }

    /// <param name="better">+1 when higher values are better (increase), −1 when lower ones are (decrease).</param>
    private static ProgressAssessment Directed(ProgressInput input, decimal value, int year, List<TargetPoint> targets, int better)
    {
        bool Meets(decimal goal) => better * (value - goal) >= 0;

        var final = targets[^1];
        if (Meets(final.Value!.Value)) return new(ProgressStatus.Achieved, ProgressRule.FinalTargetReached, final);
        var due = targets.FirstOrDefault(t => t.Year >= year);
        if (due is null) return new(ProgressStatus.OffTrack, ProgressRule.FinalTargetYearPassed, final);
        if (due.Year == year)
            return Meets(due.Value!.Value)
                ? new(ProgressStatus.OnTrack, ProgressRule.TargetYearReachedAndMet, due)
                : new(ProgressStatus.OffTrack, ProgressRule.TargetYearReachedAndMissed, due);

        var anchor = targets.LastOrDefault(t => t.Year < year)
            ?? (input.BaselineValue is { } baseline && input.BaselineYear is { } baselineYear && baselineYear <= year
                ? new TargetPoint(baselineYear, baseline)
                : null);
        if (anchor is null)
            return Meets(due.Value!.Value)
                ? new(ProgressStatus.OnTrack, ProgressRule.AlreadyMeetsNextTarget, due)
                : new(ProgressStatus.NoData, ProgressRule.NoBaselineToJudgePath, due);
        var expected = OnPath(anchor, due, year);
        return Meets(expected)
            ? new(ProgressStatus.OnTrack, ProgressRule.OnOrAheadOfPath, due, expected)
            : new(ProgressStatus.OffTrack, ProgressRule.BehindPath, due, expected);
    }

    /// <summary>"Maintain" means not falling below the level of the target in force; achieved once the final target year is reached.</summary>
    private static ProgressAssessment Maintain(decimal value, int year, List<TargetPoint> targets)
    {
        var final = targets[^1];
        var level = targets.FirstOrDefault(t => t.Year >= year) ?? final;
        if (value < level.Value) return new(ProgressStatus.OffTrack, ProgressRule.LevelNotKept, level);
        return year >= final.Year
            ? new(ProgressStatus.Achieved, ProgressRule.FinalTargetReached, final)
            : new(ProgressStatus.OnTrack, ProgressRule.LevelKept, level);
    }

    /// <summary>The value on the straight line from the anchor (baseline or earlier target) to the target, in the given year.</summary>
    private static decimal OnPath(TargetPoint from, TargetPoint to, int year)
    {
        if (to.Year == from.Year) return to.Value!.Value;
        var share = (decimal)(year - from.Year) / (to.Year - from.Year);
        return Math.Round(from.Value!.Value + (to.Value!.Value - from.Value.Value) * share, 4);
    }
}
