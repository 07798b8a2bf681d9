using System.Runtime.CompilerServices;
using Avance.Data;
using Avance.Features.Sources;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Programmes;

public static class ProgrammeQueries
{
    /// <summary>A country's programmes by code, each with the years it has figures for.</summary>
    public static async Task<List<ProgrammeRow>> Programmes(AvanceDb db, string iso2, string language, CancellationToken cancellationToken)
    {
        var country = iso2.ToUpperInvariant();
        var programmes = await db.Programmes
            .Where(p => db.Countries.Any(c => c.Id == p.CountryId && c.Iso2 == country))
            .OrderBy(p => p.Code)
            .Select(p => new
            {
                p.Id, p.Code, Name = TextInLanguage.Pick(p.Name, language), Description = TextInLanguage.Pick(p.Description, language),
                Lead = db.Organisations.Where(o => o.Id == p.LeadOrganisationId).Select(o => TextInLanguage.Pick(o.Name, language)).FirstOrDefault(),
                LeadAcronym = db.Organisations.Where(o => o.Id == p.LeadOrganisationId).Select(o => TextInLanguage.Pick(o.Acronym, language)).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var ids = programmes.Select(p => p.Id).ToList();
        var years = (await db.ProgrammeFigures
                .Where(f => ids.Contains(f.ProgrammeId))
                .Select(f => new { f.ProgrammeId, f.Year })
                .Distinct()
                .ToListAsync(cancellationToken))
            .ToLookup(f => f.ProgrammeId, f => f.Year);

        return [.. programmes.Select(p =>
            new ProgrammeRow(p.Code, p.Name ?? p.Code, p.Description, p.Lead, p.LeadAcronym, [.. years[p.Id].OrderDescending()]))];
    }

    /// <summary>One programme by code, ignoring case ("mucpaz" finds "MUCPAZ"); null when the country has no such programme.</summary>
    public static async Task<ProgrammeRow?> Programme(AvanceDb db, string iso2, string code, string language, CancellationToken cancellationToken) =>
        (await Programmes(db, iso2, language, cancellationToken))
            .FirstOrDefault(p => p.Code.Equals(code, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A programme's figures that pass the filter, ordered by year (newest first), metric, place (national first),
    /// source and channel, so figures from different sources for the same count stand next to each other.
    /// </summary>
    public static async Task<List<ProgrammeFigureRow>> Figures(AvanceDb db, string iso2, string programmeCode, FigureFilter filter,
        CancellationToken cancellationToken) =>
        await FigureRows(db, iso2, programmeCode, filter).ToListAsync(cancellationToken);

    /// <summary><see cref="Figures"/> as a stream.</summary>
    public static async IAsyncEnumerable<ProgrammeFigureRow> FigureRows(AvanceDb db, string iso2, string programmeCode, FigureFilter filter,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var country = iso2.ToUpperInvariant();
        var figures = db.ProgrammeFigures.Where(f => db.Programmes.Any(p =>
            p.Id == f.ProgrammeId && p.Code == programmeCode && db.Countries.Any(c => c.Id == p.CountryId && c.Iso2 == country)));
        if (filter.Year is { } year) figures = figures.Where(f => f.Year == year);
        if (filter.Metric is { } metric) figures = figures.Where(f => f.Metric == metric);
        if (filter.NationalOnly) figures = figures.Where(f => f.AreaId == null);
        else if (filter.StateCode is { } state) figures = figures.Where(f => f.Area!.Code == state);

        var query = figures
            .OrderByDescending(f => f.Year)
            .Select(f => new
            {
                f.Year, f.Metric, StateCode = f.Area == null ? null : f.Area.Code, State = f.Area == null ? null : f.Area.Name,
                f.Municipality, f.Value, f.IsLowerBound, f.Currency, f.Channel, f.Source,
            })
            .AsAsyncEnumerable();
        // SQL orders the years; within a year the rows are ordered here, since metrics are stored by name and SQL would
        // order them alphabetically. Only one year of one programme is held at a time.
        var sameYear = new List<ProgrammeFigureRow>();
        await foreach (var r in query.WithCancellation(cancellationToken))
        {
            if (sameYear.Count > 0 && sameYear[0].Year != r.Year)
            {
                foreach (var row in InYearOrder(sameYear)) yield return row;
                sameYear.Clear();
            }
            sameYear.Add(new ProgrammeFigureRow(r.Year, r.Metric, r.StateCode, r.State, r.Municipality, WithoutTrailingZeros(r.Value), r.IsLowerBound,
                r.Currency, r.Channel, SourceRow.Of(r.Source!)));
        }
        foreach (var row in InYearOrder(sameYear)) yield return row;
    }

    private static List<ProgrammeFigureRow> InYearOrder(List<ProgrammeFigureRow> rows) =>
    [
        .. rows.OrderBy(r => r.Metric).ThenBy(r => r.StateCode ?? "", StringComparer.Ordinal)
            .ThenBy(r => r.Municipality ?? "", StringComparer.Ordinal)
            .ThenBy(r => r.Source.Key, StringComparer.Ordinal).ThenBy(r => r.Channel ?? "", StringComparer.Ordinal),
    ];

    // PostgreSQL returns the column's scale (217.0000), SQLite does not (217): the API reads the same on both.
    private static decimal WithoutTrailingZeros(decimal value) => value / 1.0000000000000000000000000000m;

    /// <summary>Whether a country has a state (first-level area) with this code.</summary>
    public static Task<bool> StateExists(AvanceDb db, string iso2, string stateCode, CancellationToken cancellationToken)
    {
        var country = iso2.ToUpperInvariant();
        return db.AdministrativeAreas.AnyAsync(a => a.Code == stateCode && db.Countries.Any(c => c.Id == a.CountryId && c.Iso2 == country),
            cancellationToken);
    }
}
