using Avance.Data;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Indicators;

/// <summary>A value a reader saw on the public pages: the published figure, or a correction of it with the reason.</summary>
public sealed record ValueRevisionRow(decimal? Value, string? TextValue, DateOnly On, string? Reason);

/// <summary>When a published value was last corrected, and every figure it showed since publication, oldest first.</summary>
internal sealed record ValueHistory(DateOnly RevisedOn, IReadOnlyList<ValueRevisionRow> Figures);

/// <summary>
/// Corrections of published values. A revision recorded after its period was published can only be a correction
/// (the value is locked otherwise); the last revision before it is the figure first published. Revisions before
/// publication (drafts, returned and re-entered figures) were never public and stay out of the history.
/// </summary>
internal static class PublishedRevisions
{
    /// <summary>The history of each published value of the plan (of one indicator when given) that was corrected, by measurement.</summary>
    public static async Task<Dictionary<int, ValueHistory>> ForPlan(AvanceDb db, int planId, int? indicatorId, CancellationToken cancellationToken)
    {
        var revisions = await (
                from published in PublishedValues.Query(db, planId, indicatorId)
                where published.Measurement.Revisions.Count > 1
                join revision in db.MeasurementRevisions on published.Measurement.Id equals revision.MeasurementId
                select new { revision.MeasurementId, revision.Number, revision.Value, revision.TextValue, revision.RecordedAt, revision.Reason,
                    published.Period.PublishedAt })
            .ToListAsync(cancellationToken);
        var histories = new Dictionary<int, ValueHistory>();
        foreach (var measurement in revisions.GroupBy(r => r.MeasurementId))
        {
            var ordered = measurement.OrderBy(r => r.Number).ToList();
            // Compared here, not in SQL: SQLite cannot compare date-times with offsets.
            var publishedAt = ordered[0].PublishedAt!.Value;
            var corrections = ordered.Where(r => r.RecordedAt > publishedAt).ToList();
            if (corrections.Count == 0) continue;
            var figures = ordered.Where(r => r.RecordedAt <= publishedAt).TakeLast(1)
                .Select(r => new ValueRevisionRow(r.Value, r.TextValue, DateOf(publishedAt), null))
                .Concat(corrections.Select(r => new ValueRevisionRow(r.Value, r.TextValue, DateOf(r.RecordedAt), r.Reason)))
                .ToList();
            histories[measurement.Key] = new ValueHistory(DateOf(corrections[^1].RecordedAt), figures);
        }
        return histories;
    }

    private static DateOnly DateOf(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime);
}
