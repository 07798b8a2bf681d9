using System.Text.Json.Serialization;
using Avance.Domain;
using Avance.Features.Indicators;
using Avance.Features.Reporting;
using Avance.Features.Sources;

namespace Avance.Features.Plans;

/// <summary>Everything the plan explorer shows, tab by tab; the API returns the same tree.</summary>
public sealed record PlanDetail(
    string Code,
    string Title,
    int Generation,
    string? Purpose,
    PlanActors Actors,
    PlanTimeframeRow Timeframe,
    IReadOnlyList<PillarTreeRow> Pillars,
    IReadOnlyList<IndicatorSummaryRow> Indicators,
    PlanMonitoring Monitoring,
    PlanBudgetRow Budget,
    PlanDisarmamentRow Disarmament,
    IReadOnlyList<PlanDocumentSourceRow> Documents)
{
    [JsonIgnore]
    public IEnumerable<ActivityInPlanRow> Activities =>
        from pillar in Pillars
        from objective in pillar.Objectives
        from line in objective.LinesOfAction
        from activity in line.Activities
        select new ActivityInPlanRow(pillar, objective, line, activity);
}

public sealed record PlanActors(
    IReadOnlyList<PlanActorRow> Organisations,
    string? Development,
    [property: JsonConverter(typeof(JsonStringEnumConverter<Involvement>))] Involvement CivilSocietyInDevelopment,
    string? Implementation,
    [property: JsonConverter(typeof(JsonStringEnumConverter<Involvement>))] Involvement CivilSocietyInImplementation);

public sealed record PlanActorRow(
    string Name,
    string? Acronym,
    [property: JsonConverter(typeof(JsonStringEnumConverter<OrganisationKind>))] OrganisationKind Kind,
    [property: JsonConverter(typeof(JsonStringEnumConverter<PlanRole>))] PlanRole Role);

/// <summary>An open-ended plan has no end year; its review falls due a number of years after adoption.</summary>
public sealed record PlanTimeframeRow(DateOnly? AdoptedOn, int? StartYear, int? EndYear, bool IsOpenEnded, int? ReviewAfterYears)
{
    public DateOnly? ReviewDue => AdoptedOn is { } adopted && ReviewAfterYears is { } years ? adopted.AddYears(years) : null;
}

public sealed record PillarTreeRow(int Number, string Name, IReadOnlyList<ObjectiveTreeRow> Objectives);

public sealed record ObjectiveTreeRow(int Number, string Statement, IReadOnlyList<LineOfActionRow> LinesOfAction, IReadOnlyList<IndicatorLinkRow> Indicators);

/// <summary>An indicator as an objective lists it: enough to link to the indicator's page.</summary>
public sealed record IndicatorLinkRow(string Code, string Wording);

public sealed record LineOfActionRow(int Number, string Statement, IReadOnlyList<ActivityRow> Activities);

public sealed record ActivityRow(
    int Id,
    int Number,
    string Statement,
    IReadOnlyList<OrganisationNameRow> Responsible,
    IReadOnlyList<OrganisationNameRow> CoResponsible,
    ActivityStatusRow? LatestStatus);

public sealed record OrganisationNameRow(string Name, string? Acronym);

/// <summary>The latest published status report of an activity, and the period it is for.</summary>
public sealed record ActivityStatusRow(
    string Period,
    [property: JsonConverter(typeof(JsonStringEnumConverter<ImplementationStatus>))] ImplementationStatus Status,
    string? Narrative);

/// <summary>An activity with where it sits in the plan, for the flat list of the Actions/Activities tab.</summary>
public sealed record ActivityInPlanRow(PillarTreeRow Pillar, ObjectiveTreeRow Objective, LineOfActionRow LineOfAction, ActivityRow Activity);

public sealed record PlanMonitoring(string? Arrangement, IReadOnlyList<PublishedPeriodRow> PublishedPeriods);

public sealed record PublishedPeriodRow(string Label, DateOnly StartsOn, DateOnly EndsOn, DateTimeOffset? PublishedAt);

public sealed record PlanBudgetRow(
    [property: JsonConverter(typeof(JsonStringEnumConverter<BudgetArrangement>))] BudgetArrangement Arrangement,
    decimal? Amount,
    string? Currency,
    string? Statement);

public sealed record PlanDisarmamentRow(bool Covered, string? Text);

public sealed record PlanDocumentSourceRow(
    [property: JsonConverter(typeof(JsonStringEnumConverter<PlanDocumentKind>))] PlanDocumentKind Kind,
    string? Language,
    SourceRow Source);
