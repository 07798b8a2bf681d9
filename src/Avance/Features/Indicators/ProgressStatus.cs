using System.Text.Json.Serialization;

namespace Avance.Features.Indicators;

/// <summary>Where an indicator stands against its targets, as the public sees it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ProgressStatus>))]
public enum ProgressStatus { Achieved, OnTrack, OffTrack, NoData }

/// <summary>Which rule of docs/progress-status.md decided the status; the indicator page explains it in one sentence.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ProgressRule>))]
public enum ProgressRule
{
    NoPublishedValue,
    NoTarget,
    NoDirection,
    QualitativeWithoutNumbers,
    FinalTargetReached,
    TargetYearReachedAndMet,
    TargetYearReachedAndMissed,
    OnOrAheadOfPath,
    BehindPath,
    AlreadyMeetsNextTarget,
    NoBaselineToJudgePath,
    FinalTargetYearPassed,
    LevelKept,
    LevelNotKept,
    YesReached,
    NotYetBeforeTargetYear,
    NotByTargetYear,
}

/// <summary>A target for the period ending in <paramref name="Year"/>; text-only targets have no value.</summary>
public sealed record TargetPoint(int Year, decimal? Value);

/// <summary>
/// Everything the rules look at. Yes/no values are 1 (yes) and 0 (no). A latest year without a latest value is a
/// published answer in words only.
/// </summary>
public sealed record ProgressInput(
    IndicatorType Type,
    IndicatorDirection Direction,
    decimal? BaselineValue,
    int? BaselineYear,
    IReadOnlyList<TargetPoint> Targets,
    decimal? LatestValue,
    int? LatestYear);

/// <summary>
/// The status, the rule that gave it, the target it was compared with and — on the path between baseline and
/// target — the value expected by the latest value's year.
/// </summary>
public sealed record ProgressAssessment(ProgressStatus Status, ProgressRule Rule, TargetPoint? Target = null, decimal? Expected = null);
