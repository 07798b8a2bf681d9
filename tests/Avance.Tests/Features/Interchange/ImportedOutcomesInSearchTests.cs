using Avance.Features.Search;
using Avance.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Avance.Tests.Features.Interchange;

/// <summary>An import writes the search entries of the outcomes it creates, the very entries a full rebuild makes.</summary>
public sealed class ImportedOutcomesInSearchTests
{
    [Theory, Providers]
    public async Task Entries_written_by_an_import_equal_those_of_a_full_rebuild(Provider provider)
    {
        await using var scene = await InterchangeScene.StartAsync(provider);
        var before = await EntriesAsync(scene);

        var undp = await scene.ImportAsync(IatiFiles.Undp);
        var women = await scene.ImportAsync(IatiFiles.UnWomenFao);
        var imported = await EntriesAsync(scene);
        await scene.WithDbAsync(async db =>
        {
            await SearchIndexer.RebuildAsync(db, CancellationToken.None);
            return 0;
        });

        Assert.True(undp.Created + women.Created > 0);
        Assert.True(imported.Count >= before.Count + undp.Created + women.Created, $"{before.Count} + {undp.Created} + {women.Created} > {imported.Count}");
        Assert.Equal(await EntriesAsync(scene), imported);
    }

    /// <summary>Every entry as one line, ids aside (a rebuild numbers them anew), in a stable order.</summary>
    private static async Task<List<string>> EntriesAsync(InterchangeScene scene)
    {
        var entries = await scene.WithDbAsync(db => db.SearchEntries
            .Select(e => new { e.Kind, e.CountryIso2, e.Language, e.Path, e.Title, e.Body, e.NormalisedTitle, e.NormalisedBody, e.BodyLength })
            .ToListAsync());
        return [.. entries.Select(e => string.Join('|', e.Kind, e.CountryIso2, e.Language, e.Path, e.Title, e.Body, e.NormalisedTitle,
            e.NormalisedBody, e.BodyLength)).Order(StringComparer.Ordinal)];
    }
}
