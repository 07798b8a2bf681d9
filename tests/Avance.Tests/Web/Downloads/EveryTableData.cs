using Avance.Tests.Features.Indicators;
using Avance.Tests.Features.Plans;
using Avance.Tests.Features.Results;
using Avance.Tests.Infrastructure;

namespace Avance.Tests.Web.Downloads;

/// <summary>Adds what the demo data leaves empty (activity reports, targets, slices, outcome figures), so every table has rows.</summary>
internal static class EveryTableData
{
    /// <summary>Returns the access-to-justice outcome's id, the outcome whose tables are filled.</summary>
    public static async Task<int> AddAsync(AvanceApp app)
    {
        await ActivityReports.AddAsync(app.Database);
        await IndicatorTestData.AddTargetAndBaselineAsync(app.Database);
        await IndicatorTestData.AddSexValuesAsync(app.Database);
        var justice = await ResultsTestData.JusticeOutcomeIdAsync(app);
        await ResultsTestData.AddOutcomeFiguresAsync(app, justice);
        await ResultsTestData.AddSdgAllocationAsync(app, justice, 2024, "5.2", 75_000m);
        return justice;
    }
}
