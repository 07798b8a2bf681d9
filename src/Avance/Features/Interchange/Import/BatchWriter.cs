using Avance.Features.Interchange.Bulk;
using Avance.Features.Results;

namespace Avance.Features.Interchange.Import;

/// <summary>
/// Writes a batch of planned outcomes: new ones as new rows, changed ones in place (same outcome id and summary text,
/// previous imported content replaced). Ids are handed out first, so every row is written in one pass per table.
/// </summary>
internal sealed class BatchWriter(BulkWriter writer, int sourceId, DateTimeOffset importedAt, IReadOnlyDictionary<string, int> organisations)
{
    public async Task WriteAsync(IReadOnlyList<PlannedOutcome> batch, CancellationToken cancellationToken)
    {
        var changed = batch.Where(p => p.Existing is not null).ToList();
        if (changed.Count > 0)
        {
            var staged = new RowBuffer(ImportTables.Changed);
            foreach (var outcome in changed) staged.Add(outcome.Existing!.Id, outcome.FrameworkId);
            await writer.StageAsync(staged, cancellationToken);
            await ReplacedContent.RemoveAsync(writer, cancellationToken);
        }

        var rows = new BatchRows(await IdsAsync(batch, cancellationToken), sourceId, importedAt, organisations);
        foreach (var outcome in batch) rows.Add(outcome);
        foreach (var buffer in rows.InWritingOrder) await writer.WriteAsync(buffer, cancellationToken);
    }

    private async Task<BatchIds> IdsAsync(IReadOnlyList<PlannedOutcome> batch, CancellationToken cancellationToken)
    {
        var texts = batch.Sum(BatchRows.TextCount);
        var outcomes = batch.Count(p => p.Existing is null);
        var indicators = batch.Sum(p => p.Mapped.Indicators.Length);
        var periods = batch.Sum(p => p.Mapped.Indicators.Sum(i => i.Periods.Length));
        return new BatchIds(
            new IdQueue(await writer.AllocateIdsAsync("Texts", texts, cancellationToken)),
            new IdQueue(await writer.AllocateIdsAsync("Outcomes", outcomes, cancellationToken)),
            new IdQueue(await writer.AllocateIdsAsync("ResultIndicators", indicators, cancellationToken)),
            new IdQueue(await writer.AllocateIdsAsync("ResultIndicatorPeriods", periods, cancellationToken)));
    }
}

internal sealed class IdQueue(int[] ids)
{
    private int _next;

    public int Take() => ids[_next++];
}

internal sealed record BatchIds(IdQueue Texts, IdQueue Outcomes, IdQueue Indicators, IdQueue Periods);
