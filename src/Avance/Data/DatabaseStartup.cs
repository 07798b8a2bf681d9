using System.Data.Common;
using Avance.Data.Demo;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Avance.Data;

/// <summary>
/// Brings the database to the schema this build knows, refusing one that is newer, and loads the demo data into
/// an empty database. Runs before the web server accepts requests, and from `avance migrate` / `avance seed`.
/// </summary>
public sealed class DatabaseStartup(AvanceDb db, IOptions<DatabaseOptions> options, ILogger<DatabaseStartup> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await Guard(async () =>
        {
            PrepareSqliteFolder();
            var known = db.Database.GetMigrations().ToHashSet();
            var applied = await AppliedMigrationsAsync(cancellationToken);
            var unknown = applied.Where(m => !known.Contains(m)).ToList();
            if (unknown.Count > 0)
                throw new StartupException(string.Format(Messages.SchemaNewerThanApplication, string.Join(", ", unknown)));
            var pending = known.Except(applied).Order().ToList();
            if (pending.Count == 0) return;
            await db.Database.MigrateAsync(cancellationToken);
            logger.LogInformation("Applied migrations: {Migrations}", string.Join(", ", pending));
        });
        await Features.Search.SearchIndexer.RebuildIfEmptyAsync(db, cancellationToken);
    }

    public async Task LoadDemoDataIfEmptyAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.LoadDemoData || await db.Countries.AnyAsync(cancellationToken)) return;
        await Guard(() => ReloadDemoDataAsync(cancellationToken));
        logger.LogInformation("Loaded Mexico's demo data into the empty database.");
    }

    /// <summary>
    /// Empties every table and loads the demo data again, all in one transaction. A database with accounts (other than
    /// the demo's own) or an audit trail holds people's work, so it is refused and left as it was.
    /// </summary>
    public async Task ReloadDemoDataAsync(CancellationToken cancellationToken)
    {
        if (await db.Users.AnyAsync(DemoAccounts.IsReal, cancellationToken) || await db.AuditEntries.AnyAsync(cancellationToken))
            throw new StartupException(Messages.SeedRefusedDatabaseInUse);
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await DatabaseReset.DeleteAllRowsAsync(db, cancellationToken);
            await MexicoDemoData.LoadAsync(db, cancellationToken);
            await Features.Search.SearchIndexer.RebuildAsync(db, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
    }

    private async Task<List<string>> AppliedMigrationsAsync(CancellationToken cancellationToken) =>
        await db.Database.CanConnectAsync(cancellationToken) || db.IsSqlite()
            ? [.. await db.Database.GetAppliedMigrationsAsync(cancellationToken)]
            : [];

    private void PrepareSqliteFolder()
    {
        if (!db.IsSqlite()) return;
        var path = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
    }

    /// <summary>Turns what a bad setting makes the driver throw into one line that says what to change.</summary>
    private async Task Guard(Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException || e is SqliteException { SqliteErrorCode: 8 or 14 })
        {
            throw new StartupException(string.Format(Messages.SqliteNotWritable, SqliteFile(), e.Message), e);
        }
        catch (SqliteException e)
        {
            throw new StartupException(string.Format(Messages.SqliteUnusable, SqliteFile(), e.Message), e);
        }
        catch (Exception e) when (e is NpgsqlException or DbException or ArgumentException && !db.IsSqlite())
        {
            throw new StartupException(string.Format(Messages.PostgresUnreachable, e.Message), e);
        }
    }

    private string SqliteFile() =>
        Path.GetFullPath(new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource);
}
