using Avance.Iati.Model;

namespace Avance.Iati.Tests.Writing;

/// <summary>
/// An activity with every element and attribute the model holds set, several of them more than once, including
/// text that XML output can easily damage (markup characters, carriage returns, tabs, surrounding spaces).
/// </summary>
internal static class CompleteActivity
{
    private static readonly DateOnly Start = new(2024, 1, 1);
    private static readonly DateOnly End = new(2024, 12, 31);
    private static readonly TransactionOrg UnWomen =
        new("XM-DAC-41146", "40", "XM-DAC-41146-MEX_D_1.1", Narratives.Of(("en", "UN Women")));
    private static readonly TransactionOrg Government = new("XM-EXAMPLE", "10", "XM-EXAMPLE-WPS-1", Narratives.None);

    public static IatiActivity Build() => new()
    {
        Identifier = "XM-EXAMPLE-WPS-1",
        DefaultLanguage = "es",
        DefaultCurrency = "MXN",
        LastUpdated = new DateTimeOffset(2025, 3, 4, 5, 6, 7, 890, TimeSpan.FromHours(-6)),
        Hierarchy = 1,
        Humanitarian = false,
        ReportingOrg = new ReportingOrg("XM-EXAMPLE", "10", false, Narratives.Of((null, "Gobierno"), ("en", "Government"))),
        Title = Narratives.Of((null, "Mujeres, paz & seguridad <PNA>"), ("en", "  Women,\r\n peace\tand security  ")),
        Descriptions =
        [
            new Description("1", Narratives.Of((null, "General"))),
            new Description("2", Narratives.Of((null, "Objetivos"))),
        ],
        ParticipatingOrgs =
        [
            new ParticipatingOrg
            {
                Ref = "XM-DAC-41146", Type = "40", Role = "1", ActivityId = "XM-DAC-41146-MEX_D_1.1",
                CrsChannelCode = "41146", Name = Narratives.Of(("en", "UN Women")),
            },
            new ParticipatingOrg { Role = "4", Name = Narratives.Of((null, "Instituto Nacional de las Mujeres")) },
        ],
        ActivityStatus = "2",
        ActivityDates =
        [
            new ActivityDate("1", Start, Narratives.None),
            new ActivityDate("3", End, Narratives.Of((null, "Fin"))),
        ],
        RecipientCountries =
        [
            new RecipientCountry("MX", 80m, Narratives.Of((null, "México"))),
            new RecipientCountry("GT", 20m, Narratives.None),
        ],
        RecipientRegions =
        [
            new RecipientRegion("489", "1", null, 100m, Narratives.None),
            new RecipientRegion("A1", "99", "https://example.org/regions", null, Narratives.Of((null, "Frontera"))),
        ],
        Sectors =
        [
            new Sector("15170", "1", null, 100m, Narratives.None),
            new Sector("5", "7", null, 60.5m, Narratives.None),
            new Sector("16", "7", null, 39.5m, Narratives.None),
            new Sector("D4", "99", "https://example.org/areas", 100m, Narratives.Of(("en", "Peace & security"))),
        ],
        Tags =
        [
            new Tag("5.5", "3", null, Narratives.None),
            new Tag("wps", "99", "https://example.org/tags", Narratives.Of((null, "MPS"))),
        ],
        PolicyMarkers =
        [
            new PolicyMarker("1", "1", null, "2", Narratives.None),
            new PolicyMarker("9", "99", "https://example.org/m", "1", Narratives.Of((null, "Paz"))),
        ],
        DefaultFlowType = "10",
        DefaultFinanceType = "110",
        DefaultAidTypes = [new AidType("C01", "1"), new AidType("1", "2")],
        Budgets =
        [
            new Budget("1", "2", Start, End, new Money(1234567.89m, "MXN", Start)),
            new Budget("2", "1", Start, End, new Money(0m, null, End)),
        ],
        PlannedDisbursements =
        [
            new PlannedDisbursement
            {
                Type = "1", PeriodStart = Start, PeriodEnd = End, Value = new Money(500m, "USD", Start),
                ProviderOrg = UnWomen, ReceiverOrg = Government,
            },
            new PlannedDisbursement { PeriodStart = Start, Value = new Money(1m, null, Start) },
        ],
        Transactions =
        [
            new Transaction
            {
                Ref = "T-1", Humanitarian = true, Type = "11", Date = new DateOnly(2024, 2, 29),
                Value = new Money(-250.5m, "USD", Start), Description = Narratives.Of((null, "Compromiso")),
                ProviderOrg = UnWomen, ReceiverOrg = Government,
                Sectors = [new Sector("15170", "1", null, null, Narratives.None)],
                RecipientCountry = new RecipientCountry("MX", null, Narratives.None),
            },
            new Transaction { Type = "3", Date = End, Value = new Money(10m, null, End) },
        ],
        DocumentLinks =
        [
            new DocumentLink
            {
                Url = "https://example.org/pna.pdf?a=1&b=2", Format = "application/pdf",
                Title = Narratives.Of((null, "Plan Nacional de Acción")), Categories = ["A01", "A02"],
                Languages = ["es", "en"], DocumentDate = Start,
            },
        ],
        RelatedActivities = [new RelatedActivity("XM-DAC-41146-MEX_D_1.1", "1"), new RelatedActivity("XM-EXAMPLE-WPS-2", "2")],
        Results = [Result()],
    };

    private static Result Result() => new()
    {
        Type = "2",
        AggregationStatus = true,
        Title = Narratives.Of((null, "Más mujeres en procesos de paz")),
        Description = Narratives.Of((null, "Resultado 1")),
        Indicators =
        [
            new Indicator
            {
                Measure = "2", Ascending = true, AggregationStatus = false,
                Title = Narratives.Of((null, "Porcentaje de mujeres negociadoras"), ("en", "Share of women negotiators")),
                Description = Narratives.Of((null, "Proporción")),
                References =
                [
                    new IndicatorReference("99", "MEX-1.1", "https://example.org/i/1"),
                    new IndicatorReference("9", "5.5.1", null),
                ],
                Baselines =
                [
                    new Baseline
                    {
                        Year = 2023, IsoDate = new DateOnly(2023, 6, 30), Value = IatiValue.Of(12.50m), LocationRefs = ["MX-09"],
                        Dimensions = [new Dimension("sex", "female")], Comment = Narratives.Of((null, "Línea base")),
                    },
                    new Baseline { Year = 2023 },
                ],
                Periods = [Period()],
            },
            new Indicator
            {
                Measure = "5",
                Title = Narratives.Of((null, "Existe un mecanismo")),
                Periods = [new ResultPeriod { PeriodStart = Start, PeriodEnd = End }],
            },
        ],
    };

    private static ResultPeriod Period() => new()
    {
        PeriodStart = Start,
        PeriodEnd = End,
        Targets =
        [
            new PeriodValue
            {
                Value = IatiValue.Of(30m), Dimensions = [new Dimension("sex", "female"), new Dimension("age", "18-29")],
            },
        ],
        Actuals =
        [
            new PeriodValue
            {
                Value = IatiValue.Of(21.25m), LocationRefs = ["MX-09", "MX-15"], Comment = Narratives.Of((null, "Avance")),
            },
            new PeriodValue { Value = new IatiValue(null, "Sí, parcialmente") },
        ],
    };
}
