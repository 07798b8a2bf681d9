using Avance.Features.Frameworks;
using Avance.Features.Indicators;

namespace Avance.Features.Authoring;

/// <summary>
/// Everything an author sets on an indicator: the body of the API's requests, what the edit form fills in, and what the
/// audit trail records. Global indicators are named by code: SDG indicators as "5.5.1", the Secretary-General's
/// resolution 1325 indicators as "1" … "26".
/// </summary>
public sealed record IndicatorFields
{
    public string? Code { get; init; }
    public BilingualText? Wording { get; init; }
    public int? ObjectiveId { get; init; }
    public int? ActivityId { get; init; }
    public IndicatorType? Type { get; init; }
    public BilingualText? Unit { get; init; }
    public IndicatorDirection? Direction { get; init; }
    public decimal? BaselineValue { get; init; }
    public int? BaselineYear { get; init; }
    public IReadOnlyList<TargetFields>? Targets { get; init; }
    public Periodicity? Periodicity { get; init; }
    public BilingualText? DataSource { get; init; }
    public int? ResponsibleOrganisationId { get; init; }
    public IReadOnlyList<DisaggregationDimension>? Disaggregations { get; init; }
    public IReadOnlyList<string>? SdgIndicators { get; init; }
    public IReadOnlyList<string>? Resolution1325Indicators { get; init; }

    public static IndicatorFields Of(Indicator indicator) => new()
    {
        Code = indicator.Code, Wording = BilingualText.Of(indicator.Wording), ObjectiveId = indicator.ObjectiveId,
        ActivityId = indicator.ActivityId, Type = indicator.Type, Unit = BilingualText.Of(indicator.Unit), Direction = indicator.Direction,
        BaselineValue = indicator.BaselineValue, BaselineYear = indicator.BaselineYear,
        Targets = [.. indicator.Targets.OrderBy(t => t.Year).Select(t => new TargetFields
        {
            Year = t.Year, Value = t.Value, Description = BilingualText.Of(t.Description),
        })],
        Periodicity = indicator.Periodicity, DataSource = BilingualText.Of(indicator.DataSource),
        ResponsibleOrganisationId = indicator.ResponsibleOrganisationId,
        Disaggregations = [.. indicator.Disaggregations.Select(d => d.Dimension).Order()],
        SdgIndicators = Codes(indicator, GlobalFramework.Sdg),
        Resolution1325Indicators = Codes(indicator, GlobalFramework.Resolution1325),
    };

    /// <summary>The targets an author filled in: a form's spare rows left blank are not targets.</summary>
    public IReadOnlyList<TargetFields> GivenTargets() => [.. (Targets ?? []).Where(t => !t.IsBlank)];

    private static List<string> Codes(Indicator indicator, GlobalFramework framework) =>
        [.. indicator.FrameworkLinks.Where(l => l.GlobalIndicator!.Framework == framework).Select(l => l.GlobalIndicator!.Code)
            .Order(StringComparer.Ordinal)];
}

/// <summary>The target for the period ending in a year: a value, or for qualitative indicators a description.</summary>
public sealed record TargetFields
{
    public int? Year { get; init; }
    public decimal? Value { get; init; }
    public BilingualText? Description { get; init; }

    public bool IsBlank => Year is null && Value is null && BilingualText.IsEmpty(Description);
}
