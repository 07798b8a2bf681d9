using Avance.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Interchange.Bulk;

/// <summary>
/// SQLite lets one transaction write at a time, and an import holds its transaction for the whole file. Another import
/// (or any writer) must wait its turn rather than fail after the usual 30 seconds, so the import's connection waits as
/// long as an import can take; PostgreSQL imports write side by side and need nothing.
/// </summary>
public static class WriterQueue
{
    private const int WaitSeconds = 3600;

    public static async Task<IDisposable> WaitLongerAsync(AvanceDb db, CancellationToken cancellationToken)
    {
        if (db.Database.GetDbConnection() is not SqliteConnection sqlite) return NothingToUndo.Instance;
        await db.Database.OpenConnectionAsync(cancellationToken);
        var usual = sqlite.DefaultTimeout;
        sqlite.DefaultTimeout = WaitSeconds;
        return new Restore(db, sqlite, usual);
    }

    private sealed class Restore(AvanceDb db, SqliteConnection connection, int usual) : IDisposable
    {
        public void Dispose()
        {
            connection.DefaultTimeout = usual;
            db.Database.CloseConnection();
        }
    }

    private sealed class NothingToUndo : IDisposable
    {
        public static readonly NothingToUndo Instance = new();

        public void Dispose() { }
    }
}
