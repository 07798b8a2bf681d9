using Avance.Data;
using Avance.Features.Search;
using Avance.Tests.Infrastructure;
using Avance.Web;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Avance.Tests.Features.Search;

/// <summary>A test database started as the application starts one (migrate, then load the demo data), ready to search.</summary>
internal sealed class SearchDatabase : IAsyncDisposable
{
    private SearchDatabase(TestDatabase database, AvanceDb db)
    {
        Database = database;
        Db = db;
    }

    public TestDatabase Database { get; }
    public AvanceDb Db { get; }

    public static async Task<SearchDatabase> StartAsync(Provider provider)
    {
        var database = TestDatabase.Create(provider);
        var db = database.NewContext();
        var startup = Startup(db);
        await startup.MigrateAsync(CancellationToken.None);
        await startup.LoadDemoDataIfEmptyAsync(CancellationToken.None);
        return new SearchDatabase(database, db);
    }

    public static DatabaseStartup Startup(AvanceDb db) =>
        new(db, Options.Create(new DatabaseOptions()), NullLogger<DatabaseStartup>.Instance);

    public Task<Paged<SearchResultRow>> SearchAsync(string text, string language = "en", int page = 1, int pageSize = 100) =>
        SearchQueries.Search(Db, SearchQuery.Parse(text, out _)!, language, new PageRequest(page, pageSize), CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await Db.DisposeAsync();
        await Database.DisposeAsync();
    }
}
