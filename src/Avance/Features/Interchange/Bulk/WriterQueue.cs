using Avance.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Avance.Features.Interchange.Bulk;

/// <summary>
/// Imports write one at a time, each in one transaction for the whole file. SQLite lets one transaction write at a
/// time anyway; on PostgreSQL two imports naming the same new country, organisation or framework would otherwise
/// collide on its unique key, and the second file would fail after the first committed. So an import waits for its
/// turn as it begins, however long the one before takes, instead of failing after the usual 30 seconds. The schema
/// pass comes before and runs side by side with another file's import.
/// </summary>
public static class WriterQueue
{
    private const int LongestWaitSeconds = 24 * 3600;
    private const string PostgresLock = "SELECT pg_advisory_xact_lock(hashtext('avance.iati-import'))";

    /// <summary>
    /// An import runs each of its queries once per batch, on tables its own transaction keeps growing: PostgreSQL's
    /// planner then judges them costly and compiles them to machine code every time, which took about 30 % of the
    /// server's time for an import and saved nothing.
    /// </summary>
    private const string PostgresWithoutJit = "SET LOCAL jit = off";

    public static async Task<IDbContextTransaction> BeginAsync(AvanceDb db, CancellationToken cancellationToken)
    {
        if (db.Database.GetDbConnection() is SqliteConnection sqlite)
        {
            var usual = sqlite.DefaultTimeout;
            sqlite.DefaultTimeout = LongestWaitSeconds;
            try
            {
                return await db.Database.BeginTransactionAsync(cancellationToken);
            }
            finally
            {
                sqlite.DefaultTimeout = usual;
            }
        }
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var usualTimeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(TimeSpan.FromSeconds(LongestWaitSeconds));
        try
        {
            await db.Database.ExecuteSqlRawAsync(PostgresLock, cancellationToken);
            await db.Database.ExecuteSqlRawAsync(PostgresWithoutJit, cancellationToken);
        }
        finally
        {
            db.Database.SetCommandTimeout(usualTimeout);
        }
        return transaction;
    }
}
