using Avance.Data;
using Avance.Web;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Search;

public static class SearchQueries
{
    /// <summary>
    /// One page of results: entries in the preferred language first, then those in other languages, each group by
    /// rank. The database matches and ranks; snippets are cut here from the original text.
    /// </summary>
    public static async Task<Paged<SearchResultRow>> Search(AvanceDb db, SearchQuery query, string language, PageRequest page,
        CancellationToken cancellationToken)
    {
        if (query.Terms.Count == 0) return new Paged<SearchResultRow>([], page.Page, page.PageSize, 0);
        var sqlite = db.IsSqlite();
        var (countSql, countParameters) = SearchStatement.Count(sqlite, query.Terms, language);
        var groups = await db.Database.SqlQueryRaw<LanguageGroup>(countSql, countParameters).ToListAsync(cancellationToken);
        var preferred = groups.Where(g => g.Preferred == 1).Sum(g => g.Total);
        var others = groups.Where(g => g.Preferred == 0).Sum(g => g.Total);

        // The preferred language's entries come first, so a page is a slice of them, of the others, or of both; only
        // the group a page needs is scored and sorted.
        var offset = (long)(page.Page - 1) * page.PageSize;
        var hits = new List<SearchHit>();
        if (offset < preferred)
            hits.AddRange(await SliceAsync(db, sqlite, query, language, preferred: true, offset, (int)Math.Min(page.PageSize, preferred - offset), cancellationToken));
        var otherOffset = Math.Max(0, offset - preferred);
        if (hits.Count < page.PageSize && otherOffset < others)
            hits.AddRange(await SliceAsync(db, sqlite, query, language, preferred: false, otherOffset, page.PageSize - hits.Count, cancellationToken));

        var ids = hits.Select(h => h.Id).ToList();
        var entries = await db.SearchEntries.AsNoTracking()
            .Where(e => ids.Contains(e.Id))
            .Select(e => new { e.Id, e.Kind, e.Title, e.Body, e.Path, e.Language })
            .ToDictionaryAsync(e => e.Id, cancellationToken);
        // An entry can vanish between these queries when the index is rebuilt meanwhile; it is left out.
        var rows = hits.Where(h => entries.ContainsKey(h.Id)).Select(h =>
        {
            var e = entries[h.Id];
            return new SearchResultRow(e.Kind, e.Title, Snippet.Build(e.Body, query.Terms), e.Path, e.Language, h.Rank);
        }).ToList();
        return new Paged<SearchResultRow>(rows, page.Page, page.PageSize, (int)(preferred + others));
    }

    private static async Task<List<SearchHit>> SliceAsync(AvanceDb db, bool sqlite, SearchQuery query, string language, bool preferred,
        long offset, int limit, CancellationToken cancellationToken)
    {
        var (sql, parameters) = SearchStatement.Page(sqlite, query.Terms, language, preferred, offset, limit);
        return await db.Database.SqlQueryRaw<SearchHit>(sql, parameters).ToListAsync(cancellationToken);
    }
}

internal sealed class LanguageGroup
{
    public int Preferred { get; init; }
    public long Total { get; init; }
}

internal sealed class SearchHit
{
    public int Id { get; init; }
    public double Rank { get; init; }
}
