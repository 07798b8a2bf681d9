using Avance.Domain;

namespace Avance.Features.Funding;

/// <summary>An outcome's money for one year as one source reports it: planned, core / non-core, spent.</summary>
public sealed class OutcomeResources
{
    public int Id { get; private set; }
    public int OutcomeId { get; set; }
    public required int Year { get; set; }
    public required string Currency { get; set; }
    public decimal? PlannedBudget { get; set; }
    public decimal? CoreResources { get; set; }
    public decimal? NonCoreResources { get; set; }
    public decimal? Expenditure { get; set; }
    public int SourceId { get; set; }
    public Source? Source { get; set; }
}

/// <summary>What one funding partner gave to an outcome in one year, split development / humanitarian.</summary>
public sealed class FundingContribution
{
    public int Id { get; private set; }
    public int OutcomeId { get; set; }
    public int PartnerId { get; set; }
    public Organisations.Organisation? Partner { get; set; }
    public required int Year { get; set; }
    public required string Currency { get; set; }
    public required decimal Development { get; set; }
    public required decimal Humanitarian { get; set; }
    public decimal Total => Development + Humanitarian;
    public int SourceId { get; set; }
    public Source? Source { get; set; }
}

/// <summary>Resources of an outcome attributed to one SDG goal (or target) in one year.</summary>
public sealed class SdgAllocation
{
    public int Id { get; private set; }
    public int OutcomeId { get; set; }
    public required int Year { get; set; }
    /// <summary>Goal ("5") or target ("5.2") code.</summary>
    public required string SdgCode { get; set; }
    public required string Currency { get; set; }
    public required decimal Amount { get; set; }
    public int SourceId { get; set; }
    public Source? Source { get; set; }
}
