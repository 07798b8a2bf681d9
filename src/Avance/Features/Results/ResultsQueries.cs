using Avance.Data;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Results;

public sealed record OutcomeRow(int Id, string? IatiIdentifier, string Summary, OutcomeStatus Status, int? LatestProgressYear);

public static class ResultsQueries
{
    /// <summary>The outcomes of every results framework in a country, in the order their framework lists them.</summary>
    public static async Task<List<OutcomeRow>> Outcomes(AvanceDb db, string iso2, string language, CancellationToken cancellationToken)
    {
        var code = iso2.ToUpperInvariant();
        var rows = await db.ResultsFrameworks
            .Where(f => db.Countries.Any(c => c.Id == f.CountryId && c.Iso2 == code))
            .SelectMany(f => f.Outcomes)
            .OrderBy(o => o.DisplayOrder).ThenBy(o => o.Id)
            .Select(o => new { o.Id, o.IatiIdentifier, o.Summary, o.Status, LatestYear = o.ProgressNotes.Max(n => (int?)n.Year) })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new OutcomeRow(r.Id, r.IatiIdentifier, r.Summary.In(language) ?? "", r.Status, r.LatestYear)).ToList();
    }
}
