using System.Runtime.CompilerServices;
using Avance.Data;
using Avance.Features.Plans;
using Avance.Features.Sources;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Countries;

public sealed record CountryRow(string Iso2, string Name, int Plans, int Outcomes);

public sealed record ContextRow(string Code, string Name, ContextValueKind Kind, int Year, decimal Value, decimal? OutOf, string? Currency, SourceRow Source);

public static class CountryQueries
{
    public static async Task<List<CountryRow>> Countries(AvanceDb db, string language, CancellationToken cancellationToken)
    {
        var rows = await db.Countries
            .Select(c => new
            {
                c.Iso2,
                Name = TextInLanguage.Pick(c.Name, language),
                Plans = db.Plans.Published(db).Count(p => p.CountryId == c.Id),
                Outcomes = db.ResultsFrameworks.Where(f => f.CountryId == c.Id).SelectMany(f => f.Outcomes).Count(),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new CountryRow(r.Iso2.ToLowerInvariant(), r.Name ?? r.Iso2, r.Plans, r.Outcomes))
            .OrderBy(r => r.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo(language), ignoreCase: true))
            .ToList();
    }

    public static Task<bool> Exists(AvanceDb db, string iso2, CancellationToken cancellationToken)
    {
        var code = iso2.ToUpperInvariant();
        return db.Countries.AnyAsync(c => c.Iso2 == code, cancellationToken);
    }

    public static async Task<CountryRow?> Country(AvanceDb db, string iso2, string language, CancellationToken cancellationToken) =>
        (await Countries(db, language, cancellationToken)).FirstOrDefault(c => c.Iso2 == iso2.ToLowerInvariant());

    public static async Task<List<ContextRow>> Context(AvanceDb db, string iso2, string language, CancellationToken cancellationToken) =>
        await ContextRows(db, iso2, language).ToListAsync(cancellationToken);

    /// <summary>A country's context figures streamed in the order the country page shows them: index by index, newest year first.</summary>
    public static async IAsyncEnumerable<ContextRow> ContextRows(AvanceDb db, string iso2, string language,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var code = iso2.ToUpperInvariant();
        var query = db.ContextIndexValues
            .Where(v => db.Countries.Any(c => c.Id == v.CountryId && c.Iso2 == code))
            .OrderBy(v => v.Index!.DisplayOrder).ThenByDescending(v => v.Year).ThenBy(v => v.Id)
            .Select(v => new { v.Index!.Code, Name = TextInLanguage.Pick(v.Index.Name, language), v.Index.ValueKind, v.Year, v.Value, v.OutOf, v.Currency, v.Source })
            .AsAsyncEnumerable();
        await foreach (var r in query.WithCancellation(cancellationToken))
            yield return new ContextRow(r.Code, r.Name ?? r.Code, r.ValueKind, r.Year, r.Value, r.OutOf, r.Currency, SourceRow.Of(r.Source!));
    }
}
