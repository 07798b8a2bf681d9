using Avance.Iati.Model;

namespace Avance.Iati.Tests.Validation;

/// <summary>A hand-written activity that keeps every data-quality rule, for tests to break one rule at a time.</summary>
public static class QualityActivities
{
    public const string Identifier = "XM-DAC-41146-MEX_D_1.1";

    public static IatiActivity Valid() => new()
    {
        Identifier = Identifier,
        DefaultCurrency = "USD",
        ReportingOrg = new ReportingOrg("XM-DAC-41146", "40", null, Narratives.Of(("en", "UN Women"))),
        Title = Narratives.Of(("en", "Women, peace and security"), ("es", "Mujeres, paz y seguridad")),
        Descriptions = [new Description("1", Narratives.Of(("en", "Support to the national action plan")))],
        ParticipatingOrgs = [new ParticipatingOrg { Ref = "XM-DAC-41146", Role = "4", Type = "40" }],
        ActivityStatus = "2",
        ActivityDates =
        [
            new ActivityDate("1", new DateOnly(2022, 1, 1), Narratives.None),
            new ActivityDate("3", new DateOnly(2025, 12, 31), Narratives.None),
            new ActivityDate("2", new DateOnly(2022, 3, 1), Narratives.None),
        ],
        RecipientCountries = [new RecipientCountry("MX", 60m, Narratives.None)],
        RecipientRegions =
        [
            new RecipientRegion("489", "1", null, 40m, Narratives.None),
            new RecipientRegion("LAC", "99", null, 100m, Narratives.None),
        ],
        Sectors =
        [
            new Sector("15170", "1", null, 70m, Narratives.None),
            new Sector("15180", null, null, 30m, Narratives.None),
            new Sector("5", "7", null, null, Narratives.None),
            new Sector("D4", "99", null, 33.33m, Narratives.None),
            new Sector("D1", "99", null, 33.33m, Narratives.None),
            new Sector("D2", "99", null, 33.33m, Narratives.None),
        ],
        Tags = [new Tag("5.2", "3", null, Narratives.None)],
        PolicyMarkers = [new PolicyMarker("1", "1", null, "2", Narratives.None)],
        DefaultFlowType = "10",
        DefaultFinanceType = "110",
        DefaultAidTypes = [new AidType("C01", null)],
        Budgets =
        [
            new Budget("1", "2", new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), new Money(100_000m, "USD", new DateOnly(2024, 1, 1))),
        ],
        PlannedDisbursements =
        [
            new PlannedDisbursement { Type = "1", PeriodStart = new DateOnly(2024, 1, 1), PeriodEnd = new DateOnly(2024, 6, 30) },
        ],
        Transactions =
        [
            new Transaction
            {
                Type = "11",
                Date = new DateOnly(2024, 2, 1),
                Value = new Money(50_000m, "EUR", new DateOnly(2024, 2, 1)),
                ProviderOrg = new TransactionOrg("XM-DAC-7", "10", null, Narratives.None),
            },
        ],
        DocumentLinks = [new DocumentLink { Url = "https://example.org/plan.pdf", Format = "application/pdf", Categories = ["A01"], Languages = ["es"] }],
        RelatedActivities = [new RelatedActivity("XM-DAC-41146-MEX", "1")],
        Results = [Result()],
    };

    private static Result Result() => new()
    {
        Type = "2",
        Title = Narratives.Of(("en", "Women take part in peace processes")),
        Indicators =
        [
            new Indicator
            {
                Measure = "1",
                References = [new IndicatorReference("99", "WPS-1", null)],
                Baselines = [new Baseline { Year = 2021, Value = IatiValue.Of(12m) }],
                Periods = [Period(IatiValue.Of(40m), IatiValue.Of(35m))],
            },
            new Indicator
            {
                Measure = "2",
                Periods = [Period(IatiValue.Of(100m), IatiValue.Of(87.5m))],
            },
            new Indicator
            {
                Measure = "5",
                Baselines = [new Baseline { Year = 2021, Value = IatiValue.Parse("No") }],
                Periods = [Period(IatiValue.Parse("Yes"), IatiValue.Parse("Partly"))],
            },
        ],
    };

    public static ResultPeriod Period(IatiValue target, IatiValue actual) => new()
    {
        PeriodStart = new DateOnly(2024, 1, 1),
        PeriodEnd = new DateOnly(2024, 12, 31),
        Targets = [new PeriodValue { Value = target }],
        Actuals = [new PeriodValue { Value = actual }],
    };
}
