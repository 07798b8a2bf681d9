using System.Runtime.CompilerServices;
using Avance.Data;
using Avance.Domain;
using Avance.Web;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Results;

public static class ResultsQueries
{
    /// <summary>The outcomes of every results framework in a country.</summary>
    public static IQueryable<Outcome> CountryOutcomes(AvanceDb db, string iso2)
    {
        var code = iso2.ToUpperInvariant();
        return db.ResultsFrameworks
            .Where(f => db.Countries.Any(c => c.Id == f.CountryId && c.Iso2 == code))
            .SelectMany(f => f.Outcomes);
    }

    public static Task<bool> OutcomeExists(AvanceDb db, string iso2, int outcomeId, CancellationToken cancellationToken) =>
        CountryOutcomes(db, iso2).AnyAsync(o => o.Id == outcomeId, cancellationToken);

    /// <summary>Every outcome of a country, in the order its framework lists them.</summary>
    public static async Task<List<OutcomeRow>> Outcomes(AvanceDb db, string iso2, string language, CancellationToken cancellationToken) =>
        await OutcomeRows(db, iso2, language, OutcomeFilter.None).ToListAsync(cancellationToken);

    /// <summary>The outcomes that match a filter, streamed from the database, in the order the pages show them.</summary>
    public static async IAsyncEnumerable<OutcomeRow> OutcomeRows(AvanceDb db, string iso2, string language, OutcomeFilter filter,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var query = Project(Ordered(filter.Apply(CountryOutcomes(db, iso2), db)), language).AsAsyncEnumerable();
        await foreach (var outcome in query.WithCancellation(cancellationToken))
            yield return outcome;
    }

    public static async Task<Paged<OutcomeRow>> OutcomePage(AvanceDb db, string iso2, string language, OutcomeFilter filter, PageRequest request,
        CancellationToken cancellationToken)
    {
        var outcomes = filter.Apply(CountryOutcomes(db, iso2), db);
        var total = await outcomes.CountAsync(cancellationToken);
        var page = await Project(Ordered(outcomes).Skip(request.Skip).Take(request.PageSize), language).ToListAsync(cancellationToken);
        return new Paged<OutcomeRow>(page, request.Page, request.PageSize, total);
    }

    /// <summary>The years a reader can filter by: those with progress notes, funding, resources or SDG allocations, newest first.</summary>
    public static async Task<List<int>> FilterYears(AvanceDb db, string iso2, CancellationToken cancellationToken)
    {
        var ids = CountryOutcomes(db, iso2).Select(o => o.Id);
        var years = await db.OutcomeProgressNotes.Where(n => ids.Contains(n.OutcomeId)).Select(n => n.Year)
            .Union(db.FundingContributions.Where(c => ids.Contains(c.OutcomeId)).Select(c => c.Year))
            .Union(db.OutcomeResources.Where(r => ids.Contains(r.OutcomeId)).Select(r => r.Year))
            .Union(db.SdgAllocations.Where(a => ids.Contains(a.OutcomeId)).Select(a => a.Year))
            .ToListAsync(cancellationToken);
        return [.. years.OrderDescending()];
    }

    public static Task<bool> HasSdgAllocations(AvanceDb db, string iso2, CancellationToken cancellationToken)
    {
        var ids = CountryOutcomes(db, iso2).Select(o => o.Id);
        return db.SdgAllocations.AnyAsync(a => ids.Contains(a.OutcomeId), cancellationToken);
    }

    internal static IQueryable<OutcomeRow> Project(IQueryable<Outcome> outcomes, string language) =>
        outcomes.Select(o => new OutcomeRow(o.Id, o.IatiIdentifier, TextInLanguage.Pick(o.Summary, language) ?? "", o.Status,
            o.ProgressNotes.Max(n => (int?)n.Year)));

    private static IOrderedQueryable<Outcome> Ordered(IQueryable<Outcome> outcomes) =>
        outcomes.OrderBy(o => o.FrameworkId).ThenBy(o => o.DisplayOrder).ThenBy(o => o.Id);
}
