using Avance.Data.Demo;
using Avance.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Avance.Tests.Features.Search;

public sealed class SearchUpgradeTests
{
    private const string BeforeSearch = "20261122000002_ResultsAndProgrammes";

    [Theory, Providers]
    public async Task Upgrade_FromTheVersionBeforeSearch_ThenStartup_FillsTheIndex(Provider provider)
    {
        await using var database = TestDatabase.Create(provider);
        // Data written by today's model, then the schema taken back to before search: a database as an older
        // version left it, whatever migrations come later.
        await using (var db = database.NewContext())
        {
            await db.Database.MigrateAsync();
            await MexicoDemoData.LoadAsync(db, CancellationToken.None);
            await db.GetService<IMigrator>().MigrateAsync(BeforeSearch);
        }

        await using (var db = database.NewContext())
        {
            var startup = SearchDatabase.Startup(db);
            await startup.MigrateAsync(CancellationToken.None);
            await startup.LoadDemoDataIfEmptyAsync(CancellationToken.None);

            Assert.Contains("20261122000003_Search", await db.Database.GetAppliedMigrationsAsync());
            Assert.True(await db.SearchEntries.CountAsync() > 40);
        }
    }

    [Theory, Providers]
    public async Task DownToTheVersionBeforeSearch_RemovesTheIndex_AndUpAgainRestoresIt(Provider provider)
    {
        await using var search = await SearchDatabase.StartAsync(provider);
        var db = search.Db;

        await db.GetService<IMigrator>().MigrateAsync(BeforeSearch);
        Assert.DoesNotContain("20261122000003_Search", await db.Database.GetAppliedMigrationsAsync());
        await SearchDatabase.Startup(db).MigrateAsync(CancellationToken.None);

        Assert.True((await search.SearchAsync("justicia", "es")).Total > 0);
    }
}
