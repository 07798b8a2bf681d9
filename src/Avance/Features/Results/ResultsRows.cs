using System.Text.Json.Serialization;
using Avance.Features.Funding;
using Avance.Features.Sources;

namespace Avance.Features.Results;

public sealed record OutcomeRow(
    int Id, string? IatiIdentifier, string Summary,
    [property: JsonConverter(typeof(JsonStringEnumConverter<OutcomeStatus>))] OutcomeStatus Status,
    int? LatestProgressYear);

/// <summary>One page of outcomes as the API returns it.</summary>
public sealed record OutcomeList(IReadOnlyList<OutcomeRow> Items, int Page, int PageSize, int Total);

public sealed record ProgressNoteRow(
    int OutcomeId, int Year,
    [property: JsonConverter(typeof(JsonStringEnumConverter<OutcomeStatus>))] OutcomeStatus Assessment,
    string Note, SourceRow Source);

/// <summary>
/// One reporting period of a result indicator, with the indicator's own facts repeated so the row stands alone in a
/// download. An indicator without periods still gets one row, with the period fields empty.
/// </summary>
public sealed record ResultIndicatorPeriodRow(
    int OutcomeId, int IndicatorId, string Indicator,
    [property: JsonConverter(typeof(JsonStringEnumConverter<ResultMeasure>))] ResultMeasure Measure,
    bool IsComplementary, int? BaselineYear, decimal? BaselineValue,
    DateOnly? PeriodStart, DateOnly? PeriodEnd, decimal? Target, decimal? Actual, string? Comment, SourceRow? Source);

public sealed record StrategicPlanContributionRow(
    int OutcomeId,
    [property: JsonConverter(typeof(JsonStringEnumConverter<StrategicPlanLevel>))] StrategicPlanLevel Level,
    string Code, string Title);

/// <summary>Everything the outcome page shows, as the API returns it.</summary>
public sealed record OutcomeDetail(
    OutcomeRow Outcome,
    string Framework,
    IReadOnlyList<ProgressNoteRow> ProgressNotes,
    IReadOnlyList<OutcomeResourcesRow> Resources,
    IReadOnlyList<FundingRow> Funding,
    IReadOnlyList<FundingYearRow> FundingByYear,
    IReadOnlyList<SdgAllocationRow> SdgAllocations,
    IReadOnlyList<ResultIndicatorPeriodRow> Indicators,
    IReadOnlyList<StrategicPlanContributionRow> StrategicPlan);
