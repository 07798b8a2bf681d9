using Avance.Data;
using Avance.Domain;
using Avance.Features.Funding;
using Avance.Features.Results;
using Avance.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Avance.Tests.Features.Results;

/// <summary>
/// Finds the demo outcomes the tests talk about, and adds the figures the demo data lacks (resources, SDG allocations,
/// indicators, strategic plan contributions) straight into the test database, the way an import would.
/// </summary>
internal static class ResultsTestData
{
    public const string PlanningOutcome = "XM-DAC-41146-MEX_D_1.1";

    /// <summary>The access-to-justice outcome: the one with notes for 2021-2024 and the funding partners.</summary>
    public static async Task<int> JusticeOutcomeIdAsync(AvanceApp app)
    {
        await using var db = app.Database.NewContext();
        return await db.Outcomes.Where(o => o.ProgressNotes.Any(n => n.Year == 2024)).Select(o => o.Id).SingleAsync();
    }

    public static async Task<int> OutcomeIdAsync(AvanceApp app, string iatiIdentifier)
    {
        await using var db = app.Database.NewContext();
        return await db.Outcomes.Where(o => o.IatiIdentifier == iatiIdentifier).Select(o => o.Id).SingleAsync();
    }

    public static async Task AddSdgAllocationAsync(AvanceApp app, int outcomeId, int year, string sdgCode, decimal amount)
    {
        await using var db = app.Database.NewContext();
        db.SdgAllocations.Add(new SdgAllocation
        {
            OutcomeId = outcomeId, Year = year, SdgCode = sdgCode, Currency = "USD", Amount = amount, Source = await TestSourceAsync(db),
        });
        await db.SaveChangesAsync();
    }

    /// <summary>2024 resources, a complementary indicator with a 2024 period, and two strategic plan contributions.</summary>
    public static async Task AddOutcomeFiguresAsync(AvanceApp app, int outcomeId)
    {
        await using var db = app.Database.NewContext();
        var source = await TestSourceAsync(db);
        db.OutcomeResources.Add(new OutcomeResources
        {
            OutcomeId = outcomeId, Year = 2024, Currency = "USD", PlannedBudget = 500_000m, CoreResources = 120_000m, NonCoreResources = null,
            Expenditure = 410_000m, Source = source,
        });
        await db.SaveChangesAsync();
        var indicator = new ResultIndicator
        {
            OutcomeId = outcomeId,
            Title = LocalizedText.Of("Women-led organisations funded", "Organizaciones lideradas por mujeres financiadas"),
            Measure = ResultMeasure.Unit,
            IsComplementary = true,
            BaselineYear = 2021,
            BaselineValue = 3m,
        };
        indicator.Periods.Add(new ResultIndicatorPeriod
        {
            Start = new DateOnly(2024, 1, 1), End = new DateOnly(2024, 12, 31), Target = 10m, Actual = 12m, SourceId = source.Id,
        });
        db.ResultIndicators.Add(indicator);
        db.StrategicPlanContributions.AddRange(
            new StrategicPlanContribution
            {
                OutcomeId = outcomeId, Level = StrategicPlanLevel.SystemicOutcome, Code = "SO2",
                Title = LocalizedText.Of("Financing for gender equality", "Financiamiento para la igualdad de género"),
            },
            new StrategicPlanContribution
            {
                OutcomeId = outcomeId, Level = StrategicPlanLevel.ImpactArea, Code = "IA4",
                Title = LocalizedText.Of("Women, peace and security", "Mujeres, paz y seguridad"),
            });
        await db.SaveChangesAsync();
    }

    private static async Task<Source> TestSourceAsync(AvanceDb db) =>
        await db.Sources.AsTracking().SingleOrDefaultAsync(s => s.Key == "test-annual-report")
        ?? new Source { Key = "test-annual-report", Title = "Country office annual report 2024", Url = "https://example.org/annual-report-2024" };
}
