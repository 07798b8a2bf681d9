using Avance.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Avance.Tests.Infrastructure;

public enum Provider { Sqlite, Postgres }

/// <summary>A fresh, empty, real database for one test: a temporary SQLite file or a new PostgreSQL database.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(Provider provider, string connectionString, string name)
    {
        Provider = provider;
        ConnectionString = connectionString;
        Name = name;
    }

    public Provider Provider { get; }
    public string ConnectionString { get; }
    /// <summary>File path (SQLite) or database name (PostgreSQL).</summary>
    public string Name { get; }

    public string ProviderSetting => Provider == Provider.Sqlite ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres;

    public static TestDatabase Create(Provider provider)
    {
        var id = Guid.NewGuid().ToString("N")[..12];
        if (provider == Provider.Sqlite)
        {
            var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "avance-tests")).FullName;
            var path = Path.Combine(folder, $"{id}.db");
            return new TestDatabase(provider, $"Data Source={path}", path);
        }
        var name = $"avance_test_{id}";
        var builder = new NpgsqlConnectionStringBuilder(PostgresServer.BaseConnectionString) { Database = name };
        return new TestDatabase(provider, builder.ConnectionString, name);
    }

    public AvanceDb NewContext()
    {
        var options = new DbContextOptionsBuilder<AvanceDb>();
        if (Provider == Provider.Sqlite) options.UseSqlite(ConnectionString);
        else options.UseNpgsql(ConnectionString);
        options.WithAvanceDefaults();
        return new AvanceDb(options.Options);
    }

    /// <summary>Creates the schema by the application's migrations, with no data.</summary>
    public async Task MigrateAsync()
    {
        await using var db = NewContext();
        await db.Database.MigrateAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Provider == Provider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" }) File.Delete(Name + suffix);
            return;
        }
        NpgsqlConnection.ClearAllPools();
        var admin = new NpgsqlConnectionStringBuilder(PostgresServer.BaseConnectionString) { Database = "postgres" };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
