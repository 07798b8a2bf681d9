using Avance.Tests.Infrastructure;

namespace Avance.Tests.Features.Search;

public sealed class SearchEnginesAgreeTests
{
    private static readonly string[] Queries =
    [
        "construccion", "CONSTRUCCIÓN", "género", "genero", "mujeres", "mujeres paz", "women peace security", "prevencion",
        "justice", "justicia reparacion", "1325", "pol", "a", "XM-DAC-41146-MEX_D_1.1", "\" OR 1=1 --", "NEAR(a b)", "zzyzx",
    ];

    [Fact]
    public async Task SameQueries_GiveTheSameResultsInTheSameOrderWithTheSameRanks_OnSqliteAndPostgres()
    {
        await using var sqlite = await SearchDatabase.StartAsync(Provider.Sqlite);
        await using var postgres = await SearchDatabase.StartAsync(Provider.Postgres);

        foreach (var language in new[] { "en", "es" })
            foreach (var query in Queries)
            {
                var onSqlite = await sqlite.SearchAsync(query, language);
                var onPostgres = await postgres.SearchAsync(query, language);

                Assert.Equal(onSqlite.Total, onPostgres.Total);
                Assert.Equal(Described(onSqlite.Items), Described(onPostgres.Items));
            }
    }

    private static List<string> Described(IEnumerable<Avance.Features.Search.SearchResultRow> rows) =>
        [.. rows.Select(r => $"{r.Rank:R} {r.Kind} {r.Language} {r.Path} {r.Title} | {string.Join("|", r.Snippet.Select(s => s.IsMatch ? $"[{s.Text}]" : s.Text))}")];
}
