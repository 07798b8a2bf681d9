using Avance.Features.Interchange.Import;
using Avance.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Avance.Tests.Features.Interchange;

/// <summary>A file that breaks, before or while it is written, leaves the database exactly as it was.</summary>
public sealed class AtomicImportTests
{
    [Theory, Providers]
    public async Task A_truncated_file_writes_nothing_and_says_where_it_ends(Provider provider)
    {
        await using var scene = await InterchangeScene.StartAsync(provider);
        var before = await scene.DumpAsync();
        var whole = await File.ReadAllBytesAsync(IatiFiles.PathOf(IatiFiles.Undp));
        var truncated = IatiFiles.Scratch(whole[..(whole.Length / 2)], "truncated.xml");

        foreach (var lenient in new[] { false, true })
        {
            var report = await scene.ImportPathAsync(truncated, "truncated.xml", lenient);

            Assert.Equal(ImportResult.Refused, report.Result);
            Assert.True(Assert.Single(report.Issues).Line > 1000);
        }
        Assert.Equal(before, await scene.DumpAsync());
    }

    [Theory, Providers]
    public async Task A_failure_half_way_through_writing_rolls_back_everything_already_written(Provider provider)
    {
        await using var scene = await InterchangeScene.StartAsync(provider);
        await scene.ImportAsync(IatiFiles.FoodSecurity);
        var before = await scene.DumpAsync();
        // The database refuses the 200th SDG allocation: outcomes, texts and indicators of the batch are written by then.
        await scene.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(provider == Provider.Sqlite
            ? """
              CREATE TRIGGER "InjectedFailure" BEFORE INSERT ON "SdgAllocations"
              WHEN (SELECT COUNT(*) FROM "SdgAllocations") >= 200 BEGIN SELECT RAISE(ABORT, 'injected failure'); END
              """
            : """
              CREATE FUNCTION injected_failure() RETURNS trigger AS $$
              BEGIN IF (SELECT COUNT(*) FROM "SdgAllocations") >= 200 THEN RAISE EXCEPTION 'injected failure'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql;
              CREATE TRIGGER "InjectedFailure" BEFORE INSERT ON "SdgAllocations" FOR EACH ROW EXECUTE FUNCTION injected_failure();
              """));

        var report = await scene.ImportAsync(IatiFiles.Undp);

        Assert.Equal(ImportResult.Failed, report.Result);
        Assert.Contains("injected failure", Assert.Single(report.Issues, i => i.Severity == IssueSeverity.Error).Message);
        Assert.Equal(before, await scene.DumpAsync());
    }
}
