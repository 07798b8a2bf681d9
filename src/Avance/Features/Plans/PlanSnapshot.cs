using System.Text.Json;
using System.Text.Json.Serialization;
using Avance.Domain;
using Avance.Features.Frameworks;
using Avance.Features.Indicators;
using Texts = System.Collections.Generic.IReadOnlyDictionary<string, string>;

namespace Avance.Features.Plans;

/// <summary>
/// A plan as it was published: its facts, its pillar → objective → line of action → activity tree with responsible
/// organisations, and its indicators with targets, every text in every language it held. Items keep their database Id
/// so two snapshots can be compared item by item even when numbers or codes changed.
/// </summary>
public sealed record PlanSnapshot(PlanFactsSnapshot Plan, IReadOnlyList<PillarSnapshot> Pillars, IReadOnlyList<IndicatorSnapshot> Indicators)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static PlanSnapshot FromJson(string json) =>
        JsonSerializer.Deserialize<PlanSnapshot>(json, Json) ?? throw new JsonException("A plan version holds an empty snapshot.");
}

public sealed record PlanFactsSnapshot(
    string Code, int Generation, Texts Title, Texts? Purpose, DateOnly? AdoptedOn, int? StartYear, int? EndYear, int? ReviewAfterYears,
    Involvement CivilSocietyInDevelopment, Texts? Development, Involvement CivilSocietyInImplementation, Texts? Implementation,
    Texts? MonitoringArrangement, BudgetArrangement BudgetArrangement, decimal? BudgetAmount, string? BudgetCurrency, Texts? BudgetStatement,
    bool CoversDisarmament, Texts? Disarmament, IReadOnlyList<PlanOrganisationSnapshot> Organisations);

public sealed record OrganisationSnapshot(int Id, Texts Name, Texts? Acronym);

public sealed record PlanOrganisationSnapshot(PlanRole Role, OrganisationSnapshot Organisation);

public sealed record PillarSnapshot(int Id, int Number, Texts Name, IReadOnlyList<ObjectiveSnapshot> Objectives);

public sealed record ObjectiveSnapshot(int Id, int Number, Texts Statement, IReadOnlyList<LineOfActionSnapshot> LinesOfAction);

public sealed record LineOfActionSnapshot(int Id, int Number, Texts Statement, IReadOnlyList<ActivitySnapshot> Activities);

public sealed record ActivitySnapshot(int Id, int Number, Texts Statement, IReadOnlyList<OrganisationSnapshot> Responsible,
    IReadOnlyList<OrganisationSnapshot> CoResponsible);

public sealed record IndicatorSnapshot(
    int Id, string Code, int ObjectiveId, int? ActivityId, Texts Wording, IndicatorType Type, Texts? Unit, IndicatorDirection Direction,
    decimal? BaselineValue, int? BaselineYear, Periodicity Periodicity, Texts? DataSource, OrganisationSnapshot? Responsible,
    IReadOnlyList<DisaggregationDimension> Disaggregations, IReadOnlyList<FrameworkLinkSnapshot> FrameworkLinks,
    IReadOnlyList<TargetSnapshot> Targets, int? PredecessorId);

public sealed record TargetSnapshot(int Year, decimal? Value, Texts? Description);

public sealed record FrameworkLinkSnapshot(GlobalFramework Framework, string Code);
