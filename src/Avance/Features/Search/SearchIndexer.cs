using Avance.Data;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Search;

/// <summary>The only writer of search entries: reads every searchable thing and replaces all entries at once.</summary>
public static class SearchIndexer
{
    /// <summary>Deletes every entry and adds them again, in one transaction (the caller's, when one is open).</summary>
    public static async Task RebuildAsync(AvanceDb db, CancellationToken cancellationToken)
    {
        var entries = await ReadEntriesAsync(db, cancellationToken);
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            // Two instances rebuilding at once on PostgreSQL would otherwise each keep the other's entries.
            if (!db.IsSqlite()) await db.Database.ExecuteSqlRawAsync("LOCK TABLE \"SearchEntries\" IN EXCLUSIVE MODE", cancellationToken);
            await db.SearchEntries.ExecuteDeleteAsync(cancellationToken);
            db.SearchEntries.AddRange(entries);
            await db.SaveChangesAsync(cancellationToken);
            if (own is not null) await own.CommitAsync(cancellationToken);
        }
        finally
        {
            foreach (var entry in entries) db.Entry(entry).State = EntityState.Detached;
            if (own is not null) await own.DisposeAsync();
        }
    }

    /// <summary>
    /// The entries a rebuild would make for a new outcome known by its IATI identifier, one per language of its summary,
    /// for a bulk writer that adds outcomes without rebuilding the whole index (it writes them itself).
    /// </summary>
    public static IEnumerable<SearchEntry> NewOutcomeEntries(string countryIso2, int outcomeId, string iatiIdentifier,
        IEnumerable<(string Language, string Summary)> summary)
    {
        var country = countryIso2.ToLowerInvariant();
        var path = ResultsContent.OutcomePath(country, outcomeId);
        return summary.OrderBy(s => s.Language, StringComparer.Ordinal)
            .Select(s => new SearchEntry(SearchKind.Outcome, country, s.Language, path, iatiIdentifier, s.Summary));
    }

    /// <summary>Fills an empty index when there is content, e.g. after upgrading a database to the search migration.</summary>
    public static async Task RebuildIfEmptyAsync(AvanceDb db, CancellationToken cancellationToken)
    {
        if (await db.SearchEntries.AnyAsync(cancellationToken)) return;
        if (!await db.Plans.AnyAsync(cancellationToken) && !await db.Outcomes.AnyAsync(cancellationToken)) return;
        await RebuildAsync(db, cancellationToken);
    }

    private static async Task<List<SearchEntry>> ReadEntriesAsync(AvanceDb db, CancellationToken cancellationToken)
    {
        var texts = await TextStore.ReadAsync(db, cancellationToken);
        var countries = await db.Countries.Select(c => new { c.Id, c.Iso2 })
            .ToDictionaryAsync(c => c.Id, c => c.Iso2.ToLowerInvariant(), cancellationToken);
        List<Searchable> searchables =
        [
            .. await PlanContent.ReadAsync(db, texts, countries, cancellationToken),
            .. await ResultsContent.ReadAsync(db, texts, countries, cancellationToken),
        ];
        return [.. searchables.SelectMany(s => s.Entries(texts))];
    }
}
