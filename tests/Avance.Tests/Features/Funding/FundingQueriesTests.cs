using Avance.Features.Funding;
using Avance.Features.Results;
using Avance.Tests.Features.Results;
using Avance.Tests.Infrastructure;

namespace Avance.Tests.Features.Funding;

public sealed class FundingQueriesTests
{
    [Theory, Providers]
    public async Task ContributionRows_StreamTheRowsThePagesShow_ForAYearOrForAll(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        app.CreateClient();
        var justice = await ResultsTestData.JusticeOutcomeIdAsync(app);
        await using var db = app.Database.NewContext();

        var all = await FundingQueries.ContributionRows(db, "mx", "es").ToListAsync();
        var in2022 = await FundingQueries.ContributionRows(db, "MX", "es", 2022).ToListAsync();
        var ofJustice = await FundingQueries.OutcomeContributionRows(db, justice, "es").ToListAsync();
        var elsewhere = await FundingQueries.ContributionRows(db, "zz", "es").ToListAsync();

        Assert.Equal(all, await FundingQueries.Contributions(db, "mx", "es", CancellationToken.None));
        Assert.Equal(all, ofJustice);
        Assert.Equal([14_920m, 98_145m, 85_644m], in2022.Select(r => r.Development));
        Assert.Contains(in2022, r => r.Partner == "Gobierno de México");
        Assert.Empty(elsewhere);
    }

    [Theory, Providers]
    public async Task ResourceAndSdgRows_StreamAnOutcomesFiguresWithTheirSources(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        app.CreateClient();
        var planning = await ResultsTestData.OutcomeIdAsync(app, ResultsTestData.PlanningOutcome);
        await ResultsTestData.AddOutcomeFiguresAsync(app, planning);
        await ResultsTestData.AddSdgAllocationAsync(app, planning, 2024, "5.2", 75_000m);
        await ResultsTestData.AddSdgAllocationAsync(app, planning, 2023, "16", 10_000m);
        await using var db = app.Database.NewContext();

        var resources = Assert.Single(await FundingQueries.ResourcesRows(db, planning).ToListAsync());
        var sdg = await FundingQueries.SdgAllocationRows(db, planning, "es").ToListAsync();

        Assert.Equal((2024, 500_000m, (decimal?)null, 0.82m), (resources.Year, resources.PlannedBudget!.Value, resources.NonCoreResources, resources.DeliveryRate!.Value));
        Assert.Equal("test-annual-report", resources.Source.Key);
        Assert.Equal(["5.2", "16"], sdg.Select(a => a.SdgCode));
        Assert.Equal(["Igualdad de género", "Paz, justicia e instituciones sólidas"], sdg.Select(a => a.SdgGoalName));
        Assert.Equal([5, 16], sdg.Select(a => a.SdgGoal!.Value));
    }
}
