using System.Diagnostics;
using Avance.Bench.Search;
using Avance.Data;
using Avance.Data.Demo;
using Avance.Features.Search;
using Microsoft.EntityFrameworkCore;
using Npgsql;

// Search latency over the demo data and over a set 100× larger, on SQLite and (when AVANCE_TEST_POSTGRES is set) on
// PostgreSQL, written to the "Search" section of docs/performance.md:
//   dotnet run -c Release --project bench/Search
const int Copies = 99;
const int Seed = 1325;
var postgres = Environment.GetEnvironmentVariable("AVANCE_TEST_POSTGRES");
var folder = Directory.CreateTempSubdirectory("avance-bench-search-");
var timings = new List<Timings>();
var versions = new Dictionary<string, string>();
IReadOnlyList<string> queries = [];
try
{
    var engines = new List<(string Name, Func<string, DbContextOptions<AvanceDb>> Options)>
    {
        ("SQLite", name => new DbContextOptionsBuilder<AvanceDb>().UseSqlite($"Data Source={Path.Combine(folder.FullName, name)}.db").WithAvanceDefaults().Options),
    };
    if (!string.IsNullOrEmpty(postgres))
        engines.Add(("PostgreSQL", name => new DbContextOptionsBuilder<AvanceDb>()
            .UseNpgsql(new NpgsqlConnectionStringBuilder(postgres) { Database = $"avance_bench_{name}" }.ConnectionString).WithAvanceDefaults().Options));

    foreach (var (engine, options) in engines)
        foreach (var (dataSet, copies) in new[] { ("demo", 0), ("100× demo", Copies) })
        {
            var name = $"search_{(copies == 0 ? "demo" : "large")}";
            AvanceDb NewContext() => new(options(name));
            await using (var db = NewContext())
            {
                await db.Database.EnsureDeletedAsync();
                await db.Database.MigrateAsync();
                await MexicoDemoData.LoadAsync(db, CancellationToken.None);
                if (queries.Count == 0) queries = QueryMix.Create(await db.TextTranslations.Select(t => t.Value).ToListAsync(), Seed);
                if (copies > 0) await SyntheticCountries.AddAsync(db, copies, Seed, CancellationToken.None);
                versions[engine] = await VersionAsync(db);
            }
            var clock = Stopwatch.StartNew();
            await using (var db = NewContext()) await SearchIndexer.RebuildAsync(db, CancellationToken.None);
            var rebuild = clock.Elapsed;
            int entries;
            await using (var db = NewContext()) entries = await db.SearchEntries.CountAsync();

            var load = Measurement.Load();
            var (p50, p95, max) = await Measurement.RunAsync(NewContext, queries);
            timings.Add(new Timings(dataSet, engine, entries, rebuild, p50, p95, max, load));
            Console.WriteLine($"{dataSet}, {engine}: {entries:N0} entries, rebuild {rebuild.TotalSeconds:N2} s, p50 {p50:N1} ms, p95 {p95:N1} ms, max {max:N1} ms, load {load}");
            if (engine == "PostgreSQL") await using (var db = NewContext()) await db.Database.EnsureDeletedAsync();
        }
    Console.WriteLine($"Written to {SearchReport.Write(timings, queries.Count, versions)}");
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    folder.Delete(recursive: true);
}

static async Task<string> VersionAsync(AvanceDb db)
{
    var sql = db.IsSqlite() ? "SELECT sqlite_version() AS \"Value\"" : "SELECT current_setting('server_version') AS \"Value\"";
    return (await db.Database.SqlQueryRaw<string>(sql).ToListAsync()).Single();
}
