using System.Globalization;
using Avance.Domain;
using Avance.Features.Plans;

namespace Avance.Features.Authoring;

/// <summary>
/// The plan form as the browser posts it: numbers and dates as typed, so one that cannot be read is explained in the
/// page's language instead of silently dropped.
/// </summary>
public sealed class PlanForm
{
    /// <summary>The choice fields and the interface text prefix of their options.</summary>
    public static readonly IReadOnlyDictionary<string, string> Choices = new Dictionary<string, string>
    {
        ["CivilSocietyInDevelopment"] = "Plans_Involvement_", ["CivilSocietyInImplementation"] = "Plans_Involvement_",
        ["BudgetArrangement"] = "Plans_Budget_",
    };

    public string? Country { get; set; }
    public string? Code { get; set; }
    public string? Generation { get; set; }
    public BilingualText Title { get; set; } = new();
    public BilingualText Purpose { get; set; } = new();
    public string? AdoptedOn { get; set; }
    public string? StartYear { get; set; }
    public string? EndYear { get; set; }
    public string? ReviewAfterYears { get; set; }
    public string? CivilSocietyInDevelopment { get; set; }
    public BilingualText Development { get; set; } = new();
    public string? CivilSocietyInImplementation { get; set; }
    public BilingualText Implementation { get; set; } = new();
    public BilingualText MonitoringArrangement { get; set; } = new();
    public string? BudgetArrangement { get; set; }
    public string? BudgetAmount { get; set; }
    public string? BudgetCurrency { get; set; }
    public BilingualText BudgetStatement { get; set; } = new();
    public bool CoversDisarmament { get; set; }
    public BilingualText Disarmament { get; set; } = new();
    public List<int> LeadOrganisations { get; set; } = [];
    public List<int> ParticipatingOrganisations { get; set; } = [];
    public List<int> SupportingOrganisations { get; set; } = [];

    public PlanFields Read(FieldChecks checks) => new()
    {
        Code = Code, Generation = checks.WholeNumber("Generation", Generation), Title = Title, Purpose = Purpose,
        AdoptedOn = checks.Date("AdoptedOn", AdoptedOn), StartYear = checks.WholeNumber("StartYear", StartYear),
        EndYear = checks.WholeNumber("EndYear", EndYear), ReviewAfterYears = checks.WholeNumber("ReviewAfterYears", ReviewAfterYears),
        CivilSocietyInDevelopment = checks.Choice<Involvement>("CivilSocietyInDevelopment", CivilSocietyInDevelopment) ?? Involvement.NotStated,
        Development = Development,
        CivilSocietyInImplementation = checks.Choice<Involvement>("CivilSocietyInImplementation", CivilSocietyInImplementation) ?? Involvement.NotStated,
        Implementation = Implementation, MonitoringArrangement = MonitoringArrangement,
        BudgetArrangement = checks.Choice<BudgetArrangement>("BudgetArrangement", BudgetArrangement) ?? global::Avance.Features.Plans.BudgetArrangement.NotStated,
        BudgetAmount = checks.Number("BudgetAmount", BudgetAmount), BudgetCurrency = BudgetCurrency, BudgetStatement = BudgetStatement,
        CoversDisarmament = CoversDisarmament, Disarmament = Disarmament,
        LeadOrganisations = LeadOrganisations, ParticipatingOrganisations = ParticipatingOrganisations, SupportingOrganisations = SupportingOrganisations,
    };

    public static PlanForm From(PlanFields fields) => new()
    {
        Code = fields.Code, Generation = Invariant(fields.Generation), Title = fields.Title ?? new(), Purpose = fields.Purpose ?? new(),
        AdoptedOn = fields.AdoptedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        StartYear = Invariant(fields.StartYear), EndYear = Invariant(fields.EndYear), ReviewAfterYears = Invariant(fields.ReviewAfterYears),
        CivilSocietyInDevelopment = fields.CivilSocietyInDevelopment.ToString(), Development = fields.Development ?? new(),
        CivilSocietyInImplementation = fields.CivilSocietyInImplementation.ToString(), Implementation = fields.Implementation ?? new(),
        MonitoringArrangement = fields.MonitoringArrangement ?? new(), BudgetArrangement = fields.BudgetArrangement.ToString(),
        BudgetAmount = PlanSnapshotReader.Normalise(fields.BudgetAmount)?.ToString(CultureInfo.InvariantCulture), BudgetCurrency = fields.BudgetCurrency,
        BudgetStatement = fields.BudgetStatement ?? new(), CoversDisarmament = fields.CoversDisarmament, Disarmament = fields.Disarmament ?? new(),
        LeadOrganisations = [.. fields.LeadOrganisations ?? []], ParticipatingOrganisations = [.. fields.ParticipatingOrganisations ?? []],
        SupportingOrganisations = [.. fields.SupportingOrganisations ?? []],
    };

    private static string? Invariant(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
