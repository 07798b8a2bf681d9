using Avance.Data;
using Avance.Domain;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Search;

/// <summary>Every translation of every text, read in one query, so the indexer needs no query per text.</summary>
internal sealed class TextStore(Dictionary<int, SortedDictionary<string, string>> texts)
{
    public static async Task<TextStore> ReadAsync(AvanceDb db, CancellationToken cancellationToken)
    {
        var rows = await db.TextTranslations.AsNoTracking()
            .Select(t => new { t.TextId, t.Language, t.Value })
            .ToListAsync(cancellationToken);
        return new TextStore(rows.GroupBy(r => r.TextId).ToDictionary(
            g => g.Key,
            g => new SortedDictionary<string, string>(g.ToDictionary(r => r.Language, r => r.Value), StringComparer.Ordinal)));
    }

    /// <summary>The text in exactly this language, or null.</summary>
    public string? Exact(int? id, string language) =>
        id is { } key && texts.TryGetValue(key, out var translations) && translations.TryGetValue(language, out var value) ? value : null;

    /// <summary>The text in this language, else English, else its first language in code order.</summary>
    public string Best(int? id, string language) =>
        Exact(id, language) ?? Exact(id, LanguageCode.Fallback)
        ?? (id is { } key && texts.TryGetValue(key, out var translations) ? translations.Values.FirstOrDefault() : null)
        ?? "";

    public IEnumerable<string> LanguagesOf(IEnumerable<int?> ids) =>
        ids.SelectMany(id => id is { } key && texts.TryGetValue(key, out var translations) ? translations.Keys : Enumerable.Empty<string>())
            .Distinct()
            .Order(StringComparer.Ordinal);
}
