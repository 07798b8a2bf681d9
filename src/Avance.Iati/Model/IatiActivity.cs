namespace Avance.Iati.Model;

/// <summary>One IATI activity with the elements Avance uses, in any 2.0x version.</summary>
public sealed record IatiActivity
{
    /// <summary>The globally unique <c>iati-identifier</c> (reporting-org ref + the reporter's own id).</summary>
    public required string Identifier { get; init; }

    /// <summary>Language (ISO 639-1) of narratives that do not state one; the activity's <c>xml:lang</c>.</summary>
    public string? DefaultLanguage { get; init; }

    /// <summary>Currency (ISO 4217) of values that do not state one.</summary>
    public string? DefaultCurrency { get; init; }

    /// <summary>When the publisher last changed the activity.</summary>
    public DateTimeOffset? LastUpdated { get; init; }

    /// <summary>Level in the publisher's hierarchy of activities (1 is the top).</summary>
    public int? Hierarchy { get; init; }

    /// <summary>Whether the activity is (partly) humanitarian.</summary>
    public bool? Humanitarian { get; init; }

    /// <summary>The publisher.</summary>
    public ReportingOrg? ReportingOrg { get; init; }

    /// <summary>The activity's name.</summary>
    public Narratives Title { get; init; } = Narratives.None;

    /// <summary>Descriptions by DescriptionType (1 general, 2 objectives, 3 target groups, 4 other).</summary>
    public ValueList<Description> Descriptions { get; init; } = ValueList<Description>.Empty;

    /// <summary>Organisations involved and their roles.</summary>
    public ValueList<ParticipatingOrg> ParticipatingOrgs { get; init; } = ValueList<ParticipatingOrg>.Empty;

    /// <summary>ActivityStatus code (1 pipeline, 2 implementation, 3 finalisation, 4 closed...).</summary>
    public string? ActivityStatus { get; init; }

    /// <summary>Planned and actual start and end dates.</summary>
    public ValueList<ActivityDate> ActivityDates { get; init; } = ValueList<ActivityDate>.Empty;

    /// <summary>Countries benefiting.</summary>
    public ValueList<RecipientCountry> RecipientCountries { get; init; } = ValueList<RecipientCountry>.Empty;

    /// <summary>Regions benefiting.</summary>
    public ValueList<RecipientRegion> RecipientRegions { get; init; } = ValueList<RecipientRegion>.Empty;

    /// <summary>Sectors in every vocabulary.</summary>
    public ValueList<Sector> Sectors { get; init; } = ValueList<Sector>.Empty;

    /// <summary>Tags in every vocabulary.</summary>
    public ValueList<Tag> Tags { get; init; } = ValueList<Tag>.Empty;

    /// <summary>Policy markers with their significance.</summary>
    public ValueList<PolicyMarker> PolicyMarkers { get; init; } = ValueList<PolicyMarker>.Empty;

    /// <summary>FlowType code for transactions that do not state one.</summary>
    public string? DefaultFlowType { get; init; }

    /// <summary>FinanceType code for transactions that do not state one.</summary>
    public string? DefaultFinanceType { get; init; }

    /// <summary>Aid types for transactions that do not state one, one per vocabulary.</summary>
    public ValueList<AidType> DefaultAidTypes { get; init; } = ValueList<AidType>.Empty;

    /// <summary>Budgets per period.</summary>
    public ValueList<Budget> Budgets { get; init; } = ValueList<Budget>.Empty;

    /// <summary>Planned disbursements per period.</summary>
    public ValueList<PlannedDisbursement> PlannedDisbursements { get; init; } = ValueList<PlannedDisbursement>.Empty;

    /// <summary>Financial transactions.</summary>
    public ValueList<Transaction> Transactions { get; init; } = ValueList<Transaction>.Empty;

    /// <summary>Documents about the activity.</summary>
    public ValueList<DocumentLink> DocumentLinks { get; init; } = ValueList<DocumentLink>.Empty;

    /// <summary>Links to other activities.</summary>
    public ValueList<RelatedActivity> RelatedActivities { get; init; } = ValueList<RelatedActivity>.Empty;

    /// <summary>Results with their indicators, baselines, targets and actuals.</summary>
    public ValueList<Result> Results { get; init; } = ValueList<Result>.Empty;

    /// <summary>Where the activity was read from; null for activities built in code.</summary>
    public ActivitySource? Source { get; init; }
}

/// <summary>A description of the activity of one DescriptionType.</summary>
public sealed record Description(string? Type, Narratives Narratives);
