using Avance.Features.Sources;

namespace Avance.Features.Funding;

public sealed record FundingRow(
    int OutcomeId, string? OutcomeIatiIdentifier, string Partner, string? PartnerAcronym, int Year, string Currency,
    decimal Development, decimal Humanitarian, SourceRow Source)
{
    public decimal Total => Development + Humanitarian;
}

/// <summary>All partners' contributions to an outcome in one year, as one source reports them in one currency.</summary>
public sealed record FundingYearRow(int Year, string Currency, decimal Development, decimal Humanitarian, SourceRow Source)
{
    public decimal Total => Development + Humanitarian;
}

/// <summary>An outcome's money for one year as one source reports it. Null is "not reported", never zero.</summary>
public sealed record OutcomeResourcesRow(
    int OutcomeId, int Year, string Currency, decimal? PlannedBudget, decimal? CoreResources, decimal? NonCoreResources,
    decimal? Expenditure, SourceRow Source)
{
    /// <summary>Spent as a share of planned (0.82 = 82 %), when both are known and something was planned.</summary>
    public decimal? DeliveryRate => PlannedBudget is > 0 && Expenditure is { } spent ? spent / PlannedBudget : null;
}

/// <summary>Resources of an outcome attributed to an SDG goal ("5") or target ("5.2") in one year.</summary>
public sealed record SdgAllocationRow(
    int OutcomeId, int Year, string SdgCode, int? SdgGoal, string SdgGoalName, string Currency, decimal Amount, SourceRow Source);
