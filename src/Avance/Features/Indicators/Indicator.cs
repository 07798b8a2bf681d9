using Avance.Data;
using System.Text.Json.Serialization;
using Avance.Domain;
using Avance.Features.Frameworks;

namespace Avance.Features.Indicators;

public sealed class Indicator : IVersioned
{
    public int Id { get; private set; }
    public int Version { get; private set; }
    public int PlanId { get; set; }
    /// <summary>The objective the indicator measures; an indicator may also be tied to one activity.</summary>
    public int ObjectiveId { get; set; }
    public int? ActivityId { get; set; }
    /// <summary>Unique within the plan.</summary>
    public required string Code { get; set; }
    public required LocalizedText Wording { get; set; }
    public required IndicatorType Type { get; set; }
    /// <summary>What is counted ("forums", "people trained"); not needed for yes/no or percentages.</summary>
    public LocalizedText? Unit { get; set; }
    public required IndicatorDirection Direction { get; set; }
    public decimal? BaselineValue { get; set; }
    public int? BaselineYear { get; set; }
    public required Periodicity Periodicity { get; set; }
    public LocalizedText? DataSource { get; set; }
    public int? ResponsibleOrganisationId { get; set; }
    /// <summary>The same indicator in the previous plan generation, so series can run across plans.</summary>
    public int? PredecessorId { get; set; }

    public List<IndicatorTarget> Targets { get; private set; } = [];
    public List<IndicatorDisaggregation> Disaggregations { get; private set; } = [];
    public List<IndicatorFrameworkLink> FrameworkLinks { get; private set; } = [];
}

[JsonConverter(typeof(JsonStringEnumConverter<IndicatorType>))]
public enum IndicatorType { Number, Percentage, YesNo, Qualitative }

[JsonConverter(typeof(JsonStringEnumConverter<IndicatorDirection>))]
public enum IndicatorDirection { Increase, Decrease, Maintain, NotApplicable }

[JsonConverter(typeof(JsonStringEnumConverter<Periodicity>))]
public enum Periodicity { Annual, Biannual, Quarterly, Once, EndOfPlan }

/// <summary>The target for the period ending in <see cref="Year"/>; qualitative targets are text.</summary>
public sealed class IndicatorTarget
{
    public int Id { get; private set; }
    public int IndicatorId { get; set; }
    public required int Year { get; set; }
    public decimal? Value { get; set; }
    public LocalizedText? Description { get; set; }
}

public sealed class IndicatorDisaggregation
{
    public int IndicatorId { get; set; }
    public required DisaggregationDimension Dimension { get; set; }
}

public sealed class IndicatorFrameworkLink
{
    public int IndicatorId { get; set; }
    public int GlobalIndicatorId { get; set; }
    public GlobalIndicator? GlobalIndicator { get; set; }
}
