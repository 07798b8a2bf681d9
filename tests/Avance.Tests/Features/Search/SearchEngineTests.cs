using Avance.Features.Search;
using Avance.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Avance.Tests.Features.Search;

public sealed class SearchEngineTests
{
    private const string SpanishObjective = "/countries/mx/plans/NAP-1325?tab=objectives#objective-1-3";

    [Theory, Providers]
    public async Task Search_IgnoresAccentsAndCase(Provider provider)
    {
        await using var search = await SearchDatabase.StartAsync(provider);

        var plain = await search.SearchAsync("construccion", "es");
        var accented = await search.SearchAsync("construcción", "es");
        var capitals = await search.SearchAsync("CONSTRUCCIÓN", "es");
        var genero = await search.SearchAsync("genero", "es");
        var genderAccented = await search.SearchAsync("género", "es");

        Assert.Contains(plain.Items, r => r.Kind == SearchKind.Objective && r.Path == SpanishObjective && r.Language == "es");
        Assert.Equal(Keys(plain.Items), Keys(accented.Items));
        Assert.Equal(Keys(plain.Items), Keys(capitals.Items));
        Assert.NotEmpty(genero.Items);
        Assert.Equal(Keys(genero.Items), Keys(genderAccented.Items));
    }

    [Theory, Providers]
    public async Task SpanishQuery_FindsSpanishText_AndMarksTheAccentedWord(Provider provider)
    {
        await using var search = await SearchDatabase.StartAsync(provider);

        var results = await search.SearchAsync("construccion paz", "es");

        var objective = Assert.Single(results.Items, r => r.Kind == SearchKind.Objective && r.Language == "es");
        Assert.Equal("Prevención 3", objective.Title);
        Assert.Equal(["construcción", "paz"], objective.Snippet.Where(s => s.IsMatch).Select(s => s.Text));
        Assert.Contains("Incorporar la perspectiva de género", string.Concat(objective.Snippet.Select(s => s.Text)));
    }

    [Theory, Providers]
    public async Task TitleMatch_RanksAboveBodyOnlyMatch(Provider provider)
    {
        await using var search = await SearchDatabase.StartAsync(provider);

        // "Prevención" titles the Prevention objectives; Participation objective 4 only mentions it in its statement.
        var results = (await search.SearchAsync("prevencion", "es")).Items.ToList();

        var titled = results.Where(r => r.Kind == SearchKind.Objective && r.Title.StartsWith("Prevención", StringComparison.Ordinal)).ToList();
        var bodyOnly = Assert.Single(results, r => r.Kind == SearchKind.Objective && r.Title == "Participación 4");
        Assert.Equal(3, titled.Count);
        Assert.All(titled, r => Assert.True(r.Rank > bodyOnly.Rank, $"{r.Title} {r.Rank} ≤ {bodyOnly.Rank}"));
        Assert.True(results.IndexOf(bodyOnly) > titled.Max(results.IndexOf));
    }

    [Theory, Providers]
    public async Task PreferredLanguage_ComesFirst_ThenTheOtherLanguage(Provider provider)
    {
        await using var search = await SearchDatabase.StartAsync(provider);

        var english = (await search.SearchAsync("1325", "en")).Items;
        var spanish = (await search.SearchAsync("1325", "es")).Items;

        Assert.Equal(["en", "es"], english.Select(r => r.Language).Distinct());
        Assert.Equal(["es", "en"], spanish.Select(r => r.Language).Distinct());
        Assert.Equal(english.Count, spanish.Count);
    }

    [Theory, Providers]
    public async Task Paging_CutsTheSameOrderedListIntoPages(Provider provider)
    {
        await using var search = await SearchDatabase.StartAsync(provider);

        var all = await search.SearchAsync("mujeres", "es");
        var pages = new List<SearchResultRow>();
        for (var page = 1; page <= (all.Total + 4) / 5; page++)
        {
            var slice = await search.SearchAsync("mujeres", "es", page, pageSize: 5);
            Assert.Equal(all.Total, slice.Total);
            pages.AddRange(slice.Items);
        }
        var past = await search.SearchAsync("mujeres", "es", page: 1000, pageSize: 5);

        Assert.True(all.Total > 10, $"only {all.Total} results");
        Assert.Equal(Keys(all.Items), Keys(pages));
        Assert.False(past.Exists);
    }

    [Theory, Providers]
    public async Task QueriesWithoutWordsOrMatches_FindNothing(Provider provider)
    {
        await using var search = await SearchDatabase.StartAsync(provider);

        foreach (var text in new[] { "\"", "*", "🕊️", "zzyzx", "mujeres zzyzx" })
            Assert.Equal(0, (await search.SearchAsync(text)).Total);
    }

    [Theory, Providers]
    public async Task Index_HoldsEveryKindInBothLanguages_AndRebuildingReplacesIt(Provider provider)
    {
        await using var search = await SearchDatabase.StartAsync(provider);
        var before = await search.Db.SearchEntries.CountAsync();

        await SearchIndexer.RebuildAsync(search.Db, CancellationToken.None);

        Assert.Equal(before, await search.Db.SearchEntries.CountAsync());
        var kinds = await search.Db.SearchEntries.Select(e => new { e.Kind, e.Language }).Distinct().ToListAsync();
        foreach (var kind in Enum.GetValues<SearchKind>())
            Assert.Equal(["en", "es"], kinds.Where(k => k.Kind == kind).Select(k => k.Language).Order());
    }

    [Theory, Providers]
    public async Task ReloadingTheDemoData_RefillsTheIndex_WithTheNewOutcomes(Provider provider)
    {
        await using var search = await SearchDatabase.StartAsync(provider);
        var before = (await search.SearchAsync("justicia", "es")).Items;

        await SearchDatabase.Startup(search.Db).ReloadDemoDataAsync(CancellationToken.None);
        var after = (await search.SearchAsync("justicia", "es")).Items;

        Assert.NotEmpty(before);
        Assert.Equal(before.Select(r => (r.Kind, r.Title)), after.Select(r => (r.Kind, r.Title)));
        var outcomes = await search.Db.Outcomes.Select(o => $"/countries/mx/results/{o.Id}").ToListAsync();
        Assert.All(after.Where(r => r.Kind is SearchKind.Outcome or SearchKind.ProgressNote),
            r => Assert.Contains(r.Path.Split('#')[0], outcomes));
    }

    private static List<string> Keys(IEnumerable<SearchResultRow> rows) => [.. rows.Select(r => $"{r.Kind} {r.Language} {r.Path} {r.Title}")];
}
