using Avance.Data;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Interchange.Import;

internal static class ExistingOutcomes
{
    /// <summary>The outcomes that already carry one of these IATI identifiers, with what their last import left.</summary>
    public static async Task<Dictionary<string, ExistingOutcome>> FindAsync(AvanceDb db, List<string> identifiers, CancellationToken cancellationToken)
    {
        var rows = await (
                from outcome in db.Outcomes
                where identifiers.Contains(outcome.IatiIdentifier!)
                join import in db.Set<OutcomeImport>() on outcome.Id equals import.OutcomeId into imports
                from import in imports.DefaultIfEmpty()
                select new
                {
                    outcome.Id, outcome.IatiIdentifier, SummaryId = EF.Property<int>(outcome, "SummaryId"),
                    Title = TextInLanguage.Pick(outcome.Summary, "en"),
                    Hash = import == null ? null : import.ContentHash,
                    Summary = import == null ? null : import.Summary,
                })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.IatiIdentifier!, r => new ExistingOutcome(r.Id, r.SummaryId, r.Title, r.Hash, r.Summary), StringComparer.Ordinal);
    }
}
