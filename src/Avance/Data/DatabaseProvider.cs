using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Avance.Data;

/// <summary>One model, two engines: SQLite in one file by default, PostgreSQL by configuration.</summary>
public static class DatabaseProvider
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    public static void Configure(DbContextOptionsBuilder options, IConfiguration configuration)
    {
        var provider = configuration[$"{DatabaseOptions.Section}:Provider"] ?? Sqlite;
        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        switch (provider.Trim().ToLowerInvariant())
        {
            case Sqlite:
                options.UseSqlite(connectionString ?? DatabaseOptions.DefaultSqliteConnection);
                break;
            case Postgres:
                if (string.IsNullOrWhiteSpace(connectionString))
                    throw new StartupException(Messages.PostgresNeedsConnectionString);
                options.UseNpgsql(connectionString);
                break;
            default:
                throw new StartupException(string.Format(Messages.UnknownProvider, provider));
        }
    }

    public static bool IsSqlite(this DbContext db) => db.Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite";
}
