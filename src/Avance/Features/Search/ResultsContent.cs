using Avance.Data;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Search;

/// <summary>Outcomes of the UN country programme results frameworks and their yearly progress notes, as searchables.</summary>
internal static class ResultsContent
{
    public static string OutcomePath(string country, int outcomeId) => $"/countries/{country}/results/{outcomeId}";

    public static async Task<List<Searchable>> ReadAsync(AvanceDb db, TextStore texts, IReadOnlyDictionary<int, string> countries,
        CancellationToken cancellationToken)
    {
        var frameworkCountries = await db.ResultsFrameworks.Select(f => new { f.Id, f.CountryId })
            .ToDictionaryAsync(f => f.Id, f => countries[f.CountryId], cancellationToken);
        var outcomes = await db.Outcomes.AsNoTracking().OrderBy(o => o.Id)
            .Select(o => new { o.Id, o.FrameworkId, o.IatiIdentifier, Summary = EF.Property<int>(o, "SummaryId") })
            .ToListAsync(cancellationToken);
        var notes = await db.OutcomeProgressNotes.AsNoTracking().OrderBy(n => n.Id)
            .Select(n => new { n.OutcomeId, n.Year, Note = EF.Property<int>(n, "NoteId") })
            .ToListAsync(cancellationToken);

        var outcomeById = outcomes.ToDictionary(o => o.Id);
        string Country(int outcomeId) => frameworkCountries[outcomeById[outcomeId].FrameworkId];
        string Path(int outcomeId) => OutcomePath(Country(outcomeId), outcomeId);
        // Most outcomes are known by their IATI identifier; the others by the start of their summary.
        string Title(int outcomeId, string language) =>
            outcomeById[outcomeId].IatiIdentifier ?? Searchable.Abbreviate(texts.Best(outcomeById[outcomeId].Summary, language));

        return
        [
            .. outcomes.Select(o => new Searchable(SearchKind.Outcome, Country(o.Id), Path(o.Id), language => Title(o.Id, language), [o.Summary])),
            .. notes.Select(n => new Searchable(SearchKind.ProgressNote, Country(n.OutcomeId), Path(n.OutcomeId) + "#progress",
                language => $"{Title(n.OutcomeId, language)} · {n.Year}", [n.Note])),
        ];
    }
}
