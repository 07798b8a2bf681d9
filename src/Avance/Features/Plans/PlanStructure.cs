using Avance.Data;
using Avance.Domain;
using Avance.Features.Organisations;

namespace Avance.Features.Plans;

/// <summary>Prevention, Participation, Protection, Relief and Recovery — or any pillar a plan adds.</summary>
public sealed class Pillar : IVersioned
{
    public int Id { get; private set; }
    public int Version { get; private set; }
    public int PlanId { get; set; }
    public required int Number { get; set; }
    public required LocalizedText Name { get; set; }
    public List<StrategicObjective> Objectives { get; private set; } = [];
}

public sealed class StrategicObjective : IVersioned
{
    public int Id { get; private set; }
    public int Version { get; private set; }
    public int PillarId { get; set; }
    /// <summary>Numbered within its pillar, as plans number them ("Prevention objective 3").</summary>
    public required int Number { get; set; }
    public required LocalizedText Statement { get; set; }
    public List<LineOfAction> LinesOfAction { get; private set; } = [];
}

public sealed class LineOfAction : IVersioned
{
    public int Id { get; private set; }
    public int Version { get; private set; }
    public int ObjectiveId { get; set; }
    public required int Number { get; set; }
    public required LocalizedText Statement { get; set; }
    public List<Activity> Activities { get; private set; } = [];
}

public sealed class Activity : IVersioned
{
    public int Id { get; private set; }
    public int Version { get; private set; }
    public int LineOfActionId { get; set; }
    public required int Number { get; set; }
    public required LocalizedText Statement { get; set; }
    public List<ActivityOrganisation> Organisations { get; private set; } = [];
}

public enum Responsibility { Responsible, CoResponsible }

public sealed class ActivityOrganisation
{
    public int ActivityId { get; set; }
    public int OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public required Responsibility Responsibility { get; set; }
}
