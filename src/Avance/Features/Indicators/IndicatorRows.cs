using System.Text.Json.Serialization;
using Avance.Features.Frameworks;
using Avance.Features.Plans;
using Avance.Features.Sources;

namespace Avance.Features.Indicators;

/// <summary>An indicator as the plan's indicator list shows it: what it measures, its latest published value and status.</summary>
public sealed record IndicatorSummaryRow(
    string Code,
    string Wording,
    IndicatorType Type,
    string? Unit,
    IndicatorDirection Direction,
    int PillarNumber,
    int ObjectiveNumber,
    LatestValueRow? Latest,
    ProgressAssessment Progress);

/// <summary>The latest published value of the indicator as a whole (not a slice by sex, age or state).</summary>
public sealed record LatestValueRow(string Period, int Year, decimal? Value, string? TextValue);

/// <summary>Everything the indicator page shows; the API returns the same.</summary>
public sealed record IndicatorDetail(
    string PlanCode,
    string PlanTitle,
    string Code,
    string Wording,
    IndicatorType Type,
    string? Unit,
    IndicatorDirection Direction,
    Periodicity Periodicity,
    string? DataSource,
    OrganisationNameRow? ResponsibleOrganisation,
    IReadOnlyList<DisaggregationDimension> Dimensions,
    IndicatorObjectiveRow Objective,
    BaselineRow? Baseline,
    IReadOnlyList<TargetRow> Targets,
    IReadOnlyList<IndicatorValueRow> Values,
    LatestValueRow? Latest,
    ProgressAssessment Progress,
    IReadOnlyList<FrameworkLinkRow> FrameworkLinks);

public sealed record IndicatorObjectiveRow(int PillarNumber, string Pillar, int Number, string Statement);

public sealed record BaselineRow(decimal Value, int? Year);

public sealed record TargetRow(int Year, decimal? Value, string? Description);

/// <summary>
/// One published value: for the indicator as a whole (no parts) or for one slice of it, with the narrative and
/// source given with it. Disaggregation is the stored key ("" for the total, "sex=female;state=09" for a slice).
/// A value corrected after publication has the date of its last correction and, in History, every figure it showed.
/// </summary>
public sealed record IndicatorValueRow(
    string Period,
    int Year,
    string Disaggregation,
    IReadOnlyList<DisaggregationPartRow> Parts,
    decimal? Value,
    string? TextValue,
    string? Narrative,
    SourceRow? Source,
    DateOnly? SourceDate,
    DateOnly? RevisedOn,
    IReadOnlyList<ValueRevisionRow> History)
{
    [JsonIgnore]
    public bool IsTotal => Parts.Count == 0;
}

/// <summary>A slice's dimension and category; Label is the category as readers know it ("Women", a state's name).</summary>
public sealed record DisaggregationPartRow(DisaggregationDimension Dimension, string Category, string Label);

public sealed record FrameworkLinkRow(
    [property: JsonConverter(typeof(JsonStringEnumConverter<GlobalFramework>))] GlobalFramework Framework,
    string Code,
    string Title);
