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
        options.WithAvanceDefaults();
    }

    /// <summary>
    /// Nearly all work is reading, and tracking every loaded text costs more than the query itself: a query tracks
    /// only when it asks to (AsTracking), as one that loads entities in order to change them must.
    /// Set on the options rather than in the context, because pooled contexts may not change their options.
    /// Queries may pick a text's language in SQL (<see cref="TextInLanguage.Pick"/>).
    /// </summary>
    public static TBuilder WithAvanceDefaults<TBuilder>(this TBuilder options) where TBuilder : DbContextOptionsBuilder
    {
        options.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
        options.AddInterceptors(TextInLanguageExpansion.Instance, VersionIncrement.Instance, Features.Audit.AuditTrailIsAppendOnly.Instance);
        return options;
    }

    public static bool IsSqlite(this DbContext db) => db.Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite";
}
