using Avance.Features.Interchange.Import;
using Avance.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Avance.Tests.Features.Interchange;

/// <summary>Strict mode writes nothing when any activity is invalid; lenient mode imports the valid ones and reports the rest.</summary>
public sealed class StrictAndLenientImportTests
{
    private static string FileWithOneInvalidActivity() => IatiFiles.Scratch(SyntheticActivities.File(
        SyntheticActivities.Activity("XX-TEST-1"),
        SyntheticActivities.Activity("XX-TEST-2", periodStart: "2024-12-31", periodEnd: "2024-01-01"),
        SyntheticActivities.Activity("XX-TEST-3")));

    [Theory, Providers]
    public async Task Strict_mode_refuses_the_whole_file_and_names_the_invalid_activity_and_its_line(Provider provider)
    {
        await using var scene = await InterchangeScene.StartAsync(provider);
        var before = await scene.DumpAsync();

        var file = FileWithOneInvalidActivity();
        var report = await scene.ImportPathAsync(file, "mixed.xml");

        Assert.Equal(ImportResult.Refused, report.Result);
        var error = Assert.Single(report.Issues, i => i.Severity == IssueSeverity.Error);
        // The line of the activity's start tag, the one before its identifier.
        var identifierLine = File.ReadAllLines(file).ToList().FindIndex(l => l.Contains("<iati-identifier>XX-TEST-2<")) + 1;
        Assert.Equal(("XX-TEST-2", identifierLine - 1), (error.ActivityIdentifier, error.Line));
        Assert.Contains("ends before it starts", error.Message);
        Assert.Equal(before, await scene.DumpAsync());
    }

    [Theory, Providers]
    public async Task Lenient_mode_imports_the_valid_activities_and_reports_the_invalid_one(Provider provider)
    {
        await using var scene = await InterchangeScene.StartAsync(provider);

        var report = await scene.ImportPathAsync(FileWithOneInvalidActivity(), "mixed.xml", lenient: true);

        Assert.Equal((ImportResult.Imported, 2, 1, 1), (report.Result, report.Created, report.Skipped, report.ErrorCount));
        Assert.Equal("XX-TEST-2", Assert.Single(report.Issues, i => i.Severity == IssueSeverity.Error).ActivityIdentifier);
        var identifiers = await scene.WithDbAsync(db => db.Outcomes.Where(o => o.IatiIdentifier!.StartsWith("XX-TEST-")).Select(o => o.IatiIdentifier).OrderBy(i => i).ToListAsync());
        Assert.Equal(["XX-TEST-1", "XX-TEST-3"], identifiers);
    }

    [Theory, Providers]
    public async Task Lenient_mode_keeps_an_activity_whose_only_schema_error_is_in_an_element_Avance_does_not_read(Provider provider)
    {
        await using var scene = await InterchangeScene.StartAsync(provider);

        var report = await scene.ImportAsync(IatiFiles.UnWomenFao, lenient: true);

        var warning = Assert.Single(report.Issues, i => i.ActivityIdentifier == "XM-DAC-41146-BDI_D_4.3" && i.Line == 112);
        Assert.Equal(IssueSeverity.Warning, warning.Severity);
        Assert.Contains(report.Changes, c => c.Identifier == "XM-DAC-41146-BDI_D_4.3");
    }

    [Theory, Providers]
    public async Task Imported_values_keep_disaggregations_every_language_and_their_source(Provider provider)
    {
        await using var scene = await InterchangeScene.StartAsync(provider);

        await scene.ImportPathAsync(IatiFiles.Scratch(SyntheticActivities.File(SyntheticActivities.Activity("XX-TEST-1"))), "one.xml");

        var stored = await scene.WithDbAsync(async db =>
        {
            var outcome = await db.Outcomes.Include(o => o.Summary).SingleAsync(o => o.IatiIdentifier == "XX-TEST-1");
            var period = await db.ResultIndicatorPeriods.SingleAsync(p => db.ResultIndicators.Any(i => i.Id == p.ResultIndicatorId && i.OutcomeId == outcome.Id));
            var values = await db.Set<Avance.Features.Interchange.ResultIndicatorValue>().Where(v => v.PeriodId == period.Id)
                .OrderBy(v => v.Id).Select(v => new { v.Kind, v.Dimensions, v.Value }).ToListAsync();
            var source = await db.Sources.SingleAsync(s => s.Id == period.SourceId);
            var funding = await db.FundingContributions.Include(c => c.Partner).SingleAsync(c => c.OutcomeId == outcome.Id);
            var sdg = await db.SdgAllocations.SingleAsync(a => a.OutcomeId == outcome.Id);
            return (outcome.Summary.In("fr"), period.Target, period.Actual, values.Select(v => $"{v.Kind} {v.Dimensions} {v.Value:0}").ToList(),
                source.Title, funding.Partner!.IatiIdentifier, funding.Development, sdg.SdgCode, sdg.Amount);
        });

        Assert.Equal("Réseaux de femmes pour la paix", stored.Item1);
        Assert.Equal((20m, 12m), (stored.Target, stored.Actual));
        Assert.Equal(["Target  20", "Actual  12", "Actual sex: female 7"], stored.Item4);
        Assert.Equal("one.xml", stored.Title);
        Assert.Equal(("XX-DONOR", 20000m, "5", 50000m), (stored.IatiIdentifier, stored.Development, stored.SdgCode, stored.Amount));
    }
}
