using Avance.Iati.Model;

namespace Avance.Iati.Tests.Reading;

/// <summary>
/// One UN Women activity of the real d-portal file, read value by value: XM-DAC-41146-BDI_D_4.3, Burundi, impact
/// area D4 (peace and security), the first activity of the file.
/// </summary>
public sealed class UnWomenActivityTests
{
    private static readonly Lazy<IatiActivity> Burundi = new(() =>
        RealFiles.ReadAll(RealFiles.UnWomenFao).Single(a => a.Identifier == "XM-DAC-41146-BDI_D_4.3"));

    private static IatiActivity Activity => Burundi.Value;

    [Fact]
    public void Activity_attributes_and_source_are_read()
    {
        Assert.Equal("EN", Activity.DefaultLanguage);
        Assert.Equal("USD", Activity.DefaultCurrency);
        Assert.Equal(1, Activity.Hierarchy);
        Assert.True(Activity.Humanitarian);
        // Skipped: 7 locations, contact-info, activity-scope, country-budget-items, collaboration-type,
        // default-tied-status, capital-spend, conditions, and a disbursement-channel in each of 32 transactions.
        Assert.Equal(new ActivitySource("2.02", 3, 3, 14 + 32), Activity.Source);
    }

    [Fact]
    public void Title_and_reporting_org_are_read_in_english()
    {
        Assert.Equal(
            "Women and girls participate in and benefit from socio-economic recovery opportunities in the context of peace and resilience-building",
            Activity.Title.In("en"));
        Assert.Equal(
            new ReportingOrg("XM-DAC-41146", "40", null, Narratives.Of(("EN", "UN Women"))),
            Activity.ReportingOrg);
    }

    [Fact]
    public void Sectors_of_every_vocabulary_including_SDG_goals_are_read()
    {
        Assert.Equal(
            [
                new Sector("D4", "99", null, 100m, Narratives.Of(("EN", "Peace & security & humanitarian actions"))),
                new Sector("15220", "1", null, 100m, Narratives.None),
                new Sector("16", "7", null, 50m, Narratives.None),
                new Sector("5", "7", null, 50m, Narratives.None),
            ],
            Activity.Sectors);
    }

    [Fact]
    public void Gender_policy_marker_and_default_types_are_read()
    {
        Assert.Equal([new PolicyMarker("1", "1", null, "2", Narratives.None)], Activity.PolicyMarkers);
        Assert.Equal("2", Activity.ActivityStatus);
        Assert.Equal("10", Activity.DefaultFlowType);
        Assert.Equal("110", Activity.DefaultFinanceType);
        Assert.Equal([new AidType("C01", "1")], Activity.DefaultAidTypes);
        Assert.Equal(new RecipientCountry("BI", 100m, Narratives.Of(("EN", "Burundi"))), Activity.RecipientCountries.Single());
        Assert.Equal(new ActivityDate("3", new DateOnly(2023, 12, 31), Narratives.None), Activity.ActivityDates[2]);
    }

    [Fact]
    public void Budgets_and_transactions_are_read_with_their_money()
    {
        Assert.Equal(8, Activity.Budgets.Count);
        Assert.Equal(
            new Budget("2", "2", new DateOnly(2019, 1, 1), new DateOnly(2019, 12, 31),
                new Money(110371m, "USD", new DateOnly(2019, 12, 31))),
            Activity.Budgets[0]);

        var incoming = Activity.Transactions[0];
        Assert.Equal("1", incoming.Type);
        Assert.Equal(new DateOnly(2020, 12, 31), incoming.Date);
        Assert.Equal(new Money(107735m, "USD", new DateOnly(2020, 12, 31)), incoming.Value);
        Assert.Equal(new TransactionOrg("00141", null, null, Narratives.Of(("EN", "GOVERNMENT OF JAPAN"))), incoming.ProviderOrg);
        Assert.Equal(new TransactionOrg("XM-DAC-41146", "40", "XM-DAC-41146-BDI_D_4.3", Narratives.Of(("EN", "UN Women"))),
            incoming.ReceiverOrg);
    }

    [Fact]
    public void Qualitative_indicator_keeps_its_values_in_comments()
    {
        var result = Activity.Results[0];
        Assert.Equal("1", result.Type);
        Assert.True(result.AggregationStatus);
        Assert.Equal(9, result.Indicators.Count);

        var network = result.Indicators[0];
        Assert.Equal("3", network.Measure);
        Assert.False(network.Ascending);
        Assert.Equal(
            "Existence of a Burundi Women trading network in agri-products internally and with other countries",
            network.Title.In("EN"));
        Assert.Equal(new Baseline { Year = 2020, Comment = Narratives.Of(("EN", "No")) }, network.Baselines.Single());
        var period = network.Periods.Single();
        Assert.Equal((new DateOnly(2021, 1, 1), new DateOnly(2021, 12, 31)), (period.PeriodStart, period.PeriodEnd));
        Assert.Equal(new PeriodValue { Comment = Narratives.Of(("EN", "Yes")) }, period.Targets.Single());
        Assert.Equal(new PeriodValue { Comment = Narratives.Of(("EN", "-")) }, period.Actuals.Single());
    }

    [Fact]
    public void Quantitative_indicator_has_numeric_baseline_target_and_actual()
    {
        var institutions = Activity.Results[0].Indicators[2];

        Assert.Equal("1", institutions.Measure);
        Assert.Equal(new Baseline { Year = 2019, Value = IatiValue.Of(1) }, institutions.Baselines.Single());
        var period = institutions.Periods.Single();
        Assert.Equal(4m, period.Targets.Single().Value?.Number);
        Assert.Equal(4m, period.Actuals.Single().Value?.Number);
    }

    [Theory]
    [InlineData("XM-DAC-41146-PAP _O_1.1", 2974)]
    [InlineData("XM-DAC-41146-UTF_O_2.2", 5191)]
    public void Each_activity_knows_the_line_it_starts_on(string identifier, int line)
    {
        var activity = RealFiles.ReadAll(RealFiles.UnWomenFao).Single(a => a.Identifier == identifier);

        Assert.Equal(line, activity.Source?.LineNumber);
    }
}
