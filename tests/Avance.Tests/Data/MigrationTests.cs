using Avance.Data;
using Avance.Domain;
using Avance.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Avance.Tests.Data;

public sealed class MigrationTests
{
    private const string First = "20261122000001_PlansAndIndicators";

    [Theory, Providers]
    public async Task MigratedSchema_IsExactlyWhatTheModelExpects(Provider provider)
    {
        var (expected, actual) = await CreatedAndMigratedSchemas(provider, target: null);

        Assert.Contains(expected, f => f.Contains("ProgrammeFigures", StringComparison.Ordinal));
        Assert.Empty(SchemaFacts.Differences(expected, actual));
    }

    [Theory, Providers]
    public async Task SchemaComparison_SeesTheDifferenceOfAnOlderVersion(Provider provider)
    {
        var (expected, older) = await CreatedAndMigratedSchemas(provider, target: First);

        var differences = SchemaFacts.Differences(expected, older);
        Assert.Contains(differences, d => d.StartsWith("missing: ", StringComparison.Ordinal) && d.Contains("Outcomes", StringComparison.Ordinal));
        Assert.DoesNotContain(differences, d => d.StartsWith("extra: ", StringComparison.Ordinal));
    }

    [Theory, Providers]
    public async Task Upgrade_FromThePreviousVersion_KeepsEveryValueAndIdentitiesContinue(Provider provider)
    {
        await using var database = TestDatabase.Create(provider);
        await using (var db = database.NewContext())
        {
            await db.GetService<IMigrator>().MigrateAsync(First);
            await OlderVersionRows.InsertAsync(db);
        }

        await using (var db = database.NewContext())
        {
            await db.Database.MigrateAsync();
            await OlderVersionRows.AssertIntactAsync(db);
            var added = new Source { Key = "after-upgrade", Title = "Added after the upgrade" };
            db.Sources.Add(added);
            await db.SaveChangesAsync();
            Assert.True(added.Id > OlderVersionRows.SourceCount, $"new id {added.Id} reuses an existing one");
        }
    }

    [Theory, Providers]
    public async Task DownToThePreviousVersionAndUpAgain_KeepsThePlanData(Provider provider)
    {
        await using var database = TestDatabase.Create(provider);
        await using var db = database.NewContext();
        await db.GetService<IMigrator>().MigrateAsync(First);
        await OlderVersionRows.InsertAsync(db);
        await db.Database.MigrateAsync();

        await db.GetService<IMigrator>().MigrateAsync(First);
        Assert.DoesNotContain("20261122000002_ResultsAndProgrammes", await db.Database.GetAppliedMigrationsAsync());
        await db.Database.MigrateAsync();

        await OlderVersionRows.AssertIntactAsync(db);
    }

    [Theory, Providers]
    public async Task Startup_WithASchemaNewerThanTheApplication_RefusesAndChangesNothing(Provider provider)
    {
        await using var database = TestDatabase.Create(provider);
        await using var db = database.NewContext();
        await db.Database.MigrateAsync();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        await RawSql.ExecuteAsync(connection,
            "INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ('29990101000000_FromTheFuture', '99.0')");
        var before = await SchemaFacts.ReadAsync(db);

        var startup = new DatabaseStartup(db, Options.Create(new DatabaseOptions()), NullLogger<DatabaseStartup>.Instance);
        var refusal = await Assert.ThrowsAsync<StartupException>(() => startup.MigrateAsync(CancellationToken.None));

        Assert.Contains("29990101000000_FromTheFuture", refusal.Message);
        Assert.Empty(SchemaFacts.Differences(before, await SchemaFacts.ReadAsync(db)));
        Assert.Equal(0L, Convert.ToInt64(await RawSql.ScalarAsync(connection, "SELECT COUNT(*) FROM \"Countries\"")));
    }

    private static async Task<(SortedSet<string> Expected, SortedSet<string> Actual)> CreatedAndMigratedSchemas(Provider provider, string? target)
    {
        await using var created = TestDatabase.Create(provider);
        await using var migrated = TestDatabase.Create(provider);
        await using var createdDb = created.NewContext();
        await createdDb.Database.EnsureCreatedAsync();
        await using var migratedDb = migrated.NewContext();
        await migratedDb.GetService<IMigrator>().MigrateAsync(target);
        return (await SchemaFacts.ReadAsync(createdDb), await SchemaFacts.ReadAsync(migratedDb));
    }
}
