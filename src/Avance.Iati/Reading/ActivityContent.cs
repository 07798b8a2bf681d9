using Avance.Iati.Model;

namespace Avance.Iati.Reading;

/// <summary>The mutable state of an activity while its children are read, in any order.</summary>
internal sealed class ActivityContent
{
    public string Identifier { get; set; } = "";
    public string? DefaultLanguage { get; init; }
    public string? DefaultCurrency { get; init; }
    public DateTimeOffset? LastUpdated { get; init; }
    public int? Hierarchy { get; init; }
    public bool? Humanitarian { get; init; }
    public ReportingOrg? ReportingOrg { get; set; }
    public Narratives Title { get; set; } = Narratives.None;
    public string? ActivityStatus { get; set; }
    public string? DefaultFlowType { get; set; }
    public string? DefaultFinanceType { get; set; }
    public List<Description> Descriptions { get; } = [];
    public List<ParticipatingOrg> ParticipatingOrgs { get; } = [];
    public List<ActivityDate> ActivityDates { get; } = [];
    public List<RecipientCountry> RecipientCountries { get; } = [];
    public List<RecipientRegion> RecipientRegions { get; } = [];
    public List<Sector> Sectors { get; } = [];
    public List<Tag> Tags { get; } = [];
    public List<PolicyMarker> PolicyMarkers { get; } = [];
    public List<AidType> DefaultAidTypes { get; } = [];
    public List<Budget> Budgets { get; } = [];
    public List<PlannedDisbursement> PlannedDisbursements { get; } = [];
    public List<Transaction> Transactions { get; } = [];
    public List<DocumentLink> DocumentLinks { get; } = [];
    public List<RelatedActivity> RelatedActivities { get; } = [];
    public List<Result> Results { get; } = [];

    public IatiActivity ToActivity(ActivitySource source) => new()
    {
        Identifier = Identifier,
        DefaultLanguage = DefaultLanguage,
        DefaultCurrency = DefaultCurrency,
        LastUpdated = LastUpdated,
        Hierarchy = Hierarchy,
        Humanitarian = Humanitarian,
        ReportingOrg = ReportingOrg,
        Title = Title,
        Descriptions = Descriptions.ToValueList(),
        ParticipatingOrgs = ParticipatingOrgs.ToValueList(),
        ActivityStatus = ActivityStatus,
        ActivityDates = ActivityDates.ToValueList(),
        RecipientCountries = RecipientCountries.ToValueList(),
        RecipientRegions = RecipientRegions.ToValueList(),
        Sectors = Sectors.ToValueList(),
        Tags = Tags.ToValueList(),
        PolicyMarkers = PolicyMarkers.ToValueList(),
        DefaultFlowType = DefaultFlowType,
        DefaultFinanceType = DefaultFinanceType,
        DefaultAidTypes = DefaultAidTypes.ToValueList(),
        Budgets = Budgets.ToValueList(),
        PlannedDisbursements = PlannedDisbursements.ToValueList(),
        Transactions = Transactions.ToValueList(),
        DocumentLinks = DocumentLinks.ToValueList(),
        RelatedActivities = RelatedActivities.ToValueList(),
        Results = Results.ToValueList(),
        Source = source,
    };
}
