using Avance.Data;
using Avance.Domain;
using Avance.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Avance.Tests.Data;

public sealed class DemoDataLoadingTests
{
    [Theory, Providers]
    public async Task FirstStart_LoadsTheDemoDataIntoAnEmptyDatabaseOnce(Provider provider)
    {
        await using var database = TestDatabase.Create(provider);
        await using var db = database.NewContext();
        var startup = Startup(db, loadDemoData: true);
        await startup.MigrateAsync(CancellationToken.None);

        await startup.LoadDemoDataIfEmptyAsync(CancellationToken.None);
        var sources = await db.Sources.CountAsync();
        await startup.LoadDemoDataIfEmptyAsync(CancellationToken.None);

        Assert.Equal(1, await db.Countries.CountAsync());
        Assert.True(sources > 0);
        Assert.Equal(sources, await db.Sources.CountAsync());
    }

    [Theory, Providers]
    public async Task FirstStart_WithDemoDataSwitchedOff_LeavesTheDatabaseEmpty(Provider provider)
    {
        await using var database = TestDatabase.Create(provider);
        await using var db = database.NewContext();
        var startup = Startup(db, loadDemoData: false);
        await startup.MigrateAsync(CancellationToken.None);

        await startup.LoadDemoDataIfEmptyAsync(CancellationToken.None);

        Assert.Equal(0, await db.Countries.CountAsync());
    }

    [Theory, Providers]
    public async Task Seed_ReplacesWhateverIsThereWithTheDemoData(Provider provider)
    {
        await using var database = TestDatabase.Create(provider);
        await using (var db = database.NewContext())
        {
            var startup = Startup(db, loadDemoData: true);
            await startup.MigrateAsync(CancellationToken.None);
            await startup.LoadDemoDataIfEmptyAsync(CancellationToken.None);
            db.Sources.Add(new Source { Key = "local-note", Title = "Added by a user" });
            await db.SaveChangesAsync();
        }
        var before = await Counts(database);

        await using (var db = database.NewContext())
            await Startup(db, loadDemoData: true).ReloadDemoDataAsync(CancellationToken.None);

        await using var after = database.NewContext();
        Assert.False(await after.Sources.AnyAsync(s => s.Key == "local-note"));
        Assert.Equal(before with { Sources = before.Sources - 1 }, await Counts(database));
    }

    [Theory, Providers]
    public async Task Seed_RefusesADatabaseWithAnAuditTrail_AndChangesNothing(Provider provider)
    {
        await using var database = TestDatabase.Create(provider);
        await using (var db = database.NewContext())
        {
            var startup = Startup(db, loadDemoData: true);
            await startup.MigrateAsync(CancellationToken.None);
            await startup.LoadDemoDataIfEmptyAsync(CancellationToken.None);
            db.Sources.Add(new Source { Key = "local-note", Title = "Added by a user" });
            Avance.Features.Audit.AuditTrail.Record(db, null, DateTimeOffset.UtcNow, "source.add", "source", "local-note", null, new { Key = "local-note" });
            await db.SaveChangesAsync();
        }
        var before = await Counts(database);

        await using (var db = database.NewContext())
        {
            var refused = await Assert.ThrowsAsync<StartupException>(() => Startup(db, loadDemoData: true).ReloadDemoDataAsync(CancellationToken.None));
            Assert.Contains("seed", refused.Message, StringComparison.Ordinal);
        }

        Assert.Equal(before, await Counts(database));
    }

    private sealed record TableCounts(int Sources, int Texts, int Outcomes, int Contributions, int Figures);

    private static async Task<TableCounts> Counts(TestDatabase database)
    {
        await using var db = database.NewContext();
        return new TableCounts(await db.Sources.CountAsync(), await db.Texts.CountAsync(), await db.Outcomes.CountAsync(),
            await db.FundingContributions.CountAsync(), await db.ProgrammeFigures.CountAsync());
    }

    private static DatabaseStartup Startup(AvanceDb db, bool loadDemoData) =>
        new(db, Options.Create(new DatabaseOptions { LoadDemoData = loadDemoData }), NullLogger<DatabaseStartup>.Instance);
}
