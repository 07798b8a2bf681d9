using Avance.Features.Interchange;
using Avance.Features.Interchange.Import;
using Avance.Iati.Reading;
using Avance.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Avance.Tests.Features.Interchange;

/// <summary>The four real publisher files import, each one's outcomes and indicators all accounted for.</summary>
public sealed class RealFileImportTests
{
    [Theory, Providers]
    public async Task The_four_real_files_import_with_every_indicator_and_period_of_the_imported_activities(Provider provider)
    {
        await using var scene = await InterchangeScene.StartAsync(provider);

        // File, mode, result, activities read, outcomes created, activities not imported, errors.
        (string File, bool Lenient, ImportResult Result, int Read, int Created, int Skipped, int Errors)[] expected =
        [
            (IatiFiles.FoodSecurity, false, ImportResult.Imported, 7, 4, 3, 0),
            (IatiFiles.UnWomenFao, false, ImportResult.Refused, 100, 0, 2, 2),
            (IatiFiles.UnWomenFao, true, ImportResult.Imported, 100, 78, 22, 0),
            (IatiFiles.DutchNgos, true, ImportResult.Imported, 100, 84, 16, 305),
            (IatiFiles.Undp, false, ImportResult.Imported, 100, 92, 8, 0),
        ];
        foreach (var step in expected)
        {
            var report = await scene.ImportAsync(step.File, step.Lenient);
            Assert.Equal(step, (step.File, step.Lenient, report.Result, report.Read.Activities, report.Created, report.Skipped, report.ErrorCount));
        }

        foreach (var file in new[] { IatiFiles.FoodSecurity, IatiFiles.UnWomenFao, IatiFiles.DutchNgos, IatiFiles.Undp })
            await AssertEveryIndicatorAndPeriodStoredAsync(scene, file);
        Assert.Equal(4 + 78 + 84 + 92, await scene.CountAsync("OutcomeImports"));
    }

    /// <summary>Counted by the library's reader over the file, independently of the importer's mapping.</summary>
    private static async Task AssertEveryIndicatorAndPeriodStoredAsync(InterchangeScene scene, string file)
    {
        await using var stream = File.OpenRead(IatiFiles.PathOf(file));
        var activities = IatiActivityReader.ReadAll(stream).ToList();
        var imported = await scene.WithDbAsync(db => db.Outcomes.Where(o => db.Set<OutcomeImport>().Any(i => i.OutcomeId == o.Id))
            .Select(o => new
            {
                o.IatiIdentifier,
                Indicators = db.ResultIndicators.Count(i => i.OutcomeId == o.Id),
                Periods = db.ResultIndicatorPeriods.Count(p => db.ResultIndicators.Any(i => i.Id == p.ResultIndicatorId && i.OutcomeId == o.Id)),
            })
            .ToDictionaryAsync(o => o.IatiIdentifier!));
        var fromFile = activities.Where(a => imported.ContainsKey(a.Identifier)).ToList();
        Assert.NotEmpty(fromFile);
        foreach (var activity in fromFile)
        {
            var indicators = activity.Results.SelectMany(r => r.Indicators).ToList();
            Assert.Equal((activity.Identifier, indicators.Count, indicators.Sum(i => i.Periods.Count)),
                (activity.Identifier, imported[activity.Identifier].Indicators, imported[activity.Identifier].Periods));
        }
    }
}
