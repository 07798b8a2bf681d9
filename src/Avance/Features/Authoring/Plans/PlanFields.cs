using System.Text.Json.Serialization;
using Avance.Domain;
using Avance.Features.Plans;

namespace Avance.Features.Authoring;

/// <summary>
/// Everything an author sets on a plan: the body of the API's create and update requests, what the edit form fills
/// in, and what the audit trail records before and after a change. A plan without an end year is open-ended.
/// </summary>
public sealed record PlanFields
{
    public string? Code { get; init; }
    public int? Generation { get; init; }
    public BilingualText? Title { get; init; }
    public BilingualText? Purpose { get; init; }
    public DateOnly? AdoptedOn { get; init; }
    public int? StartYear { get; init; }
    public int? EndYear { get; init; }
    public int? ReviewAfterYears { get; init; }
    [JsonConverter(typeof(JsonStringEnumConverter<Involvement>))]
    public Involvement CivilSocietyInDevelopment { get; init; }
    public BilingualText? Development { get; init; }
    [JsonConverter(typeof(JsonStringEnumConverter<Involvement>))]
    public Involvement CivilSocietyInImplementation { get; init; }
    public BilingualText? Implementation { get; init; }
    public BilingualText? MonitoringArrangement { get; init; }
    [JsonConverter(typeof(JsonStringEnumConverter<BudgetArrangement>))]
    public BudgetArrangement BudgetArrangement { get; init; }
    public decimal? BudgetAmount { get; init; }
    public string? BudgetCurrency { get; init; }
    public BilingualText? BudgetStatement { get; init; }
    public bool CoversDisarmament { get; init; }
    public BilingualText? Disarmament { get; init; }
    /// <summary>Organisation Ids by the role they have in the plan.</summary>
    public IReadOnlyList<int>? LeadOrganisations { get; init; }
    public IReadOnlyList<int>? ParticipatingOrganisations { get; init; }
    public IReadOnlyList<int>? SupportingOrganisations { get; init; }

    public static PlanFields Of(Plan plan) => new()
    {
        Code = plan.Code, Generation = plan.Generation, Title = BilingualText.Of(plan.Title), Purpose = BilingualText.Of(plan.Purpose),
        AdoptedOn = plan.AdoptedOn, StartYear = plan.Timeframe.StartYear, EndYear = plan.Timeframe.EndYear,
        ReviewAfterYears = plan.Timeframe.ReviewAfterYears,
        CivilSocietyInDevelopment = plan.CivilSocietyInDevelopment, Development = BilingualText.Of(plan.Development),
        CivilSocietyInImplementation = plan.CivilSocietyInImplementation, Implementation = BilingualText.Of(plan.Implementation),
        MonitoringArrangement = BilingualText.Of(plan.MonitoringArrangement),
        BudgetArrangement = plan.BudgetArrangement, BudgetAmount = plan.BudgetAmount, BudgetCurrency = plan.BudgetCurrency,
        BudgetStatement = BilingualText.Of(plan.BudgetStatement),
        CoversDisarmament = plan.CoversDisarmament, Disarmament = BilingualText.Of(plan.Disarmament),
        LeadOrganisations = Role(plan, PlanRole.Lead),
        ParticipatingOrganisations = Role(plan, PlanRole.Participating),
        SupportingOrganisations = Role(plan, PlanRole.Supporting),
    };

    /// <summary>Writes the fields into the plan; <see cref="PlanRules"/> has checked them first.</summary>
    public void ApplyTo(Plan plan)
    {
        plan.Code = Code!.Trim();
        plan.Generation = Generation!.Value;
        plan.Title = BilingualText.Apply(Title, plan.Title)!;
        plan.Purpose = BilingualText.Apply(Purpose, plan.Purpose);
        plan.AdoptedOn = AdoptedOn;
        plan.Timeframe.StartYear = StartYear;
        plan.Timeframe.EndYear = EndYear;
        plan.Timeframe.ReviewAfterYears = ReviewAfterYears;
        plan.CivilSocietyInDevelopment = CivilSocietyInDevelopment;
        plan.Development = BilingualText.Apply(Development, plan.Development);
        plan.CivilSocietyInImplementation = CivilSocietyInImplementation;
        plan.Implementation = BilingualText.Apply(Implementation, plan.Implementation);
        plan.MonitoringArrangement = BilingualText.Apply(MonitoringArrangement, plan.MonitoringArrangement);
        plan.BudgetArrangement = BudgetArrangement;
        plan.BudgetAmount = BudgetAmount;
        plan.BudgetCurrency = BilingualText.Clean(BudgetCurrency)?.ToUpperInvariant();
        plan.BudgetStatement = BilingualText.Apply(BudgetStatement, plan.BudgetStatement);
        plan.CoversDisarmament = CoversDisarmament;
        plan.Disarmament = BilingualText.Apply(Disarmament, plan.Disarmament);
        var wanted = Roles().ToHashSet();
        plan.Organisations.RemoveAll(o => !wanted.Contains((o.Role, o.OrganisationId)));
        foreach (var (role, id) in wanted.Where(w => !plan.Organisations.Any(o => o.Role == w.Role && o.OrganisationId == w.Id)))
            plan.Organisations.Add(new PlanOrganisation { OrganisationId = id, Role = role });
    }

    public IEnumerable<(PlanRole Role, int Id)> Roles() =>
        (LeadOrganisations ?? []).Distinct().Select(id => (PlanRole.Lead, id))
            .Concat((ParticipatingOrganisations ?? []).Distinct().Select(id => (PlanRole.Participating, id)))
            .Concat((SupportingOrganisations ?? []).Distinct().Select(id => (PlanRole.Supporting, id)));

    private static List<int> Role(Plan plan, PlanRole role) =>
        [.. plan.Organisations.Where(o => o.Role == role).Select(o => o.OrganisationId).Order()];
}
