using Avance.Data;
using Avance.Domain;

namespace Avance.Features.Plans;

/// <summary>A country's national action plan on women, peace and security, one generation of it.</summary>
public sealed class Plan : IVersioned
{
    public int Id { get; private set; }
    public int Version { get; private set; }
    public int CountryId { get; set; }
    /// <summary>1 for a country's first plan, 2 for the next …</summary>
    public required int Generation { get; set; }
    /// <summary>Short handle the plan is known by ("NAP-1325"); unique per country.</summary>
    public required string Code { get; set; }
    public required LocalizedText Title { get; set; }
    public LocalizedText? Purpose { get; set; }
    public DateOnly? AdoptedOn { get; set; }
    public required PlanTimeframe Timeframe { get; set; }

    public LocalizedText? Development { get; set; }
    public Involvement CivilSocietyInDevelopment { get; set; }
    public LocalizedText? Implementation { get; set; }
    public Involvement CivilSocietyInImplementation { get; set; }
    public LocalizedText? MonitoringArrangement { get; set; }

    public required BudgetArrangement BudgetArrangement { get; set; }
    public decimal? BudgetAmount { get; set; }
    public string? BudgetCurrency { get; set; }
    public LocalizedText? BudgetStatement { get; set; }
    public bool CoversDisarmament { get; set; }
    public LocalizedText? Disarmament { get; set; }

    public List<PlanOrganisation> Organisations { get; private set; } = [];
    public List<PlanDocument> Documents { get; private set; } = [];
    public List<Pillar> Pillars { get; private set; } = [];
}

/// <summary>
/// A plan runs between two years, or is open-ended and reviewed after a number of years (Mexico's first plan).
/// </summary>
public sealed class PlanTimeframe
{
    public int? StartYear { get; set; }
    public int? EndYear { get; set; }
    public int? ReviewAfterYears { get; set; }
    public bool IsOpenEnded => EndYear is null;
}

public enum BudgetArrangement { NotStated, DedicatedBudget, AgenciesOwnResources }

public enum PlanRole { Lead, Participating, Supporting }

public sealed class PlanOrganisation
{
    public int PlanId { get; set; }
    public int OrganisationId { get; set; }
    public Organisations.Organisation? Organisation { get; set; }
    public required PlanRole Role { get; set; }
}

/// <summary>The plan text itself, its translations, assessments of it: each a source with its language.</summary>
public sealed class PlanDocument
{
    public int PlanId { get; set; }
    public int SourceId { get; set; }
    public Source? Source { get; set; }
    public required PlanDocumentKind Kind { get; set; }
}

public enum PlanDocumentKind { PlanText, Assessment, Announcement, Other }
