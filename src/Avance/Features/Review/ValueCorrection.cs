using Avance.Data;
using Avance.Domain;
using Avance.Features.Accounts;
using Avance.Features.Audit;
using Avance.Features.Indicators;
using Avance.Features.Reporting;
using Avance.Web;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Review;

/// <summary>A corrected value as given: a number for numeric indicators (1 or 0 for yes/no), words for qualitative ones.</summary>
public sealed record CorrectionInput(decimal? Value, string? TextValue, int? Version, string? Reason);

/// <summary>
/// Correcting a published value: it stays public with the new figure as a new revision, with the reason; the
/// public indicator page then says when it was revised and keeps the earlier figure in its history.
/// </summary>
public sealed class ValueCorrection(AvanceDb db, TimeProvider clock, IOutputCacheStore cache)
{
    private const int MaxTextLength = 2000;

    public async Task<CommandOutcome> CorrectAsync(Caller caller, int id, CorrectionInput input, CancellationToken cancellationToken)
    {
        // The revisions are numbered from the ones already recorded, so they are loaded with it.
        var measurement = await db.Measurements.AsTracking().Include(m => m.Revisions).SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (measurement is null) return CommandOutcome.NotFound;
        var indicator = await db.Indicators.Where(i => i.Id == measurement.IndicatorId)
            .Select(i => new { i.Type, i.ResponsibleOrganisationId }).SingleAsync(cancellationToken);
        if (!caller.ActsFor(indicator.ResponsibleOrganisationId)) return CommandOutcome.Forbidden;
        if (input.Version is null) return CommandOutcome.Invalid("review.version-missing", "version");
        if (measurement.Version != input.Version) return await ItemHistory.MeasurementConflictAsync(db, id, cancellationToken);
        if (Check(indicator.Type, input) is { } invalid) return invalid;

        var before = new { measurement.Value, measurement.TextValue };
        try
        {
            measurement.Correct(indicator.Type == IndicatorType.Qualitative ? null : input.Value, Words(indicator.Type, input), measurement.SourceId, measurement.SourceDate, clock.GetUtcNow(), input.Reason);
        }
        catch (DomainRuleException rule)
        {
            return CommandOutcome.From(rule);
        }
        AuditTrail.Record(db, caller, clock.GetUtcNow(), "measurement.correct", ReviewItems.Measurement, id, before,
            new { measurement.Value, measurement.TextValue }, measurement.Revisions[^1].Reason);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await ItemHistory.MeasurementConflictAsync(db, id, cancellationToken);
        }
        await PublicDataCache.InvalidateAsync(cache, cancellationToken);
        return CommandOutcome.Done(id);
    }

    /// <summary>The value must be of the indicator's kind: what the public pages and the progress rules can read.</summary>
    private static CommandOutcome? Check(IndicatorType type, CorrectionInput input) => type switch
    {
        IndicatorType.Qualitative when string.IsNullOrWhiteSpace(input.TextValue) => CommandOutcome.Invalid("measurement.empty", "value"),
        IndicatorType.Qualitative when input.TextValue!.Trim().Length > MaxTextLength => CommandOutcome.Invalid("measurement.text-too-long", "value"),
        IndicatorType.Qualitative => null,
        _ when input.Value is null => CommandOutcome.Invalid("measurement.not-a-number", "value"),
        IndicatorType.Percentage when input.Value is < 0 or > 100 => CommandOutcome.Invalid("measurement.percentage-out-of-range", "value"),
        IndicatorType.YesNo when input.Value is not (0 or 1) => CommandOutcome.Invalid("measurement.yes-no-invalid", "value"),
        _ => null,
    };

    private static string? Words(IndicatorType type, CorrectionInput input) => type == IndicatorType.Qualitative ? input.TextValue!.Trim() : null;
}
