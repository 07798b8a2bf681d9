using System.Diagnostics;
using System.Globalization;
using Avance.Data;
using Avance.Features.Interchange.Import;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Avance.Bench.Iati;

/// <summary>
/// The full import, as `avance import iati` runs it (the same host), into a fresh migrated database: SQLite in a file beside the
/// inputs, or PostgreSQL (AVANCE_TEST_POSTGRES) in a database of its own. Several files run at once, each in its own
/// scope and transaction; the clock covers the imports only, not creating the database.
/// </summary>
public static class ImportPhase
{
    public const string Sqlite = "import-sqlite";
    public const string Postgres = "import-postgres";
    private const string PostgresDatabase = "avance_bench_iati";

    public static PhaseResult Run(string phase, IReadOnlyList<string> files) => RunAsync(phase, files).GetAwaiter().GetResult();

    private static async Task<PhaseResult> RunAsync(string phase, IReadOnlyList<string> files)
    {
        var settings = phase == Postgres ? await FreshPostgresAsync() : FreshSqlite(files[0]);
        using var app = Program.BuildImportHost([.. settings, "--Avance:Database:LoadDemoData=false", "--Logging:LogLevel:Default=Warning"]);
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DatabaseStartup>().MigrateAsync(CancellationToken.None);

        var clock = Stopwatch.StartNew();
        var reports = await Task.WhenAll(files.Select(file => Task.Run(() => ImportAsync(app.Services, file))));
        var seconds = clock.Elapsed.TotalSeconds;
        var failed = reports.FirstOrDefault(r => r.Result != ImportResult.Imported || r.Created == 0);
        if (failed is not null)
            throw new InvalidOperationException(
                $"{failed.FileName}: {failed.Result}, {failed.Created} created; {string.Join("; ", failed.Issues.Take(5).Select(i => i.Message))}");
        if (phase == Postgres) await DropPostgresAsync();
        return new PhaseResult(phase, files.Count, files.Sum(f => new FileInfo(f).Length), reports.Sum(r => (long)r.Created), seconds,
            Phases.PeakResidentBytes());
    }

    private static async Task<ImportReport> ImportAsync(IServiceProvider services, string file)
    {
        await using var scope = services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<IatiImporter>();
        // Real publishers' files carry faults in some activities (withdrawn codes, no recipient country), as the public
        // dataset does: lenient mode imports the rest, as an administrator loading that dataset would.
        return await importer.ImportAsync(
            new ImportRequest(file, Path.GetFileName(file), Lenient: true, CultureInfo.GetCultureInfo("en"), null), null, CancellationToken.None);
    }

    private static string[] FreshSqlite(string besides)
    {
        var path = Path.Combine(Path.GetDirectoryName(besides)!, "import.db");
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" }) File.Delete(path + suffix);
        return ["--Avance:Database:Provider=sqlite", $"--ConnectionStrings:Avance=Data Source={path}"];
    }

    private static async Task<string[]> FreshPostgresAsync()
    {
        await DropPostgresAsync();
        var connection = new NpgsqlConnectionStringBuilder(PostgresServer()) { Database = PostgresDatabase }.ConnectionString;
        return ["--Avance:Database:Provider=postgres", $"--ConnectionStrings:Avance={connection}"];
    }

    private static async Task DropPostgresAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var server = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresServer()) { Database = "postgres" }.ConnectionString);
        await server.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {PostgresDatabase} WITH (FORCE)", server);
        await drop.ExecuteNonQueryAsync();
    }

    private static string PostgresServer() =>
        Environment.GetEnvironmentVariable("AVANCE_TEST_POSTGRES") ?? throw new InvalidOperationException("AVANCE_TEST_POSTGRES is not set.");
}
