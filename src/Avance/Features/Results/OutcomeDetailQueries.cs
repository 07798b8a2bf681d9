using System.Runtime.CompilerServices;
using Avance.Data;
using Avance.Features.Funding;
using Avance.Features.Sources;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Results;

/// <summary>The tables of one outcome: each a stream of rows on its own (for downloads), together the outcome page.</summary>
public static class OutcomeDetailQueries
{
    /// <summary>Null when the country holds no outcome with this id.</summary>
    public static async Task<OutcomeDetail?> Detail(AvanceDb db, string iso2, int outcomeId, string language, CancellationToken cancellationToken)
    {
        var outcome = await ResultsQueries.Project(ResultsQueries.CountryOutcomes(db, iso2).Where(o => o.Id == outcomeId), language)
            .FirstOrDefaultAsync(cancellationToken);
        if (outcome is null) return null;
        var framework = await db.ResultsFrameworks.Where(f => f.Outcomes.Any(o => o.Id == outcomeId)).Select(f => f.Title).FirstAsync(cancellationToken);
        var funding = await FundingQueries.OutcomeContributionRows(db, outcomeId, language).ToListAsync(cancellationToken);
        return new OutcomeDetail(
            outcome,
            framework.In(language) ?? "",
            await ProgressNoteRows(db, outcomeId, language).ToListAsync(cancellationToken),
            await FundingQueries.ResourcesRows(db, outcomeId).ToListAsync(cancellationToken),
            funding,
            FundingTotals.ByYear(funding),
            await FundingQueries.SdgAllocationRows(db, outcomeId, language).ToListAsync(cancellationToken),
            await IndicatorPeriodRows(db, outcomeId, language).ToListAsync(cancellationToken),
            await StrategicPlanRows(db, outcomeId, language).ToListAsync(cancellationToken));
    }

    /// <summary>The yearly progress notes, newest first.</summary>
    public static async IAsyncEnumerable<ProgressNoteRow> ProgressNoteRows(AvanceDb db, int outcomeId, string language,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var query = db.OutcomeProgressNotes.Where(n => n.OutcomeId == outcomeId)
            .OrderByDescending(n => n.Year).ThenBy(n => n.SourceId)
            .Select(n => new { n.OutcomeId, n.Year, n.Assessment, n.Note, n.Source })
            .AsAsyncEnumerable();
        await foreach (var n in query.WithCancellation(cancellationToken))
            yield return new ProgressNoteRow(n.OutcomeId, n.Year, n.Assessment, n.Note.In(language) ?? "", SourceRow.Of(n.Source!));
    }

    /// <summary>The outcome's result indicators, one row per reporting period (earliest first), in the order they were recorded.</summary>
    public static async IAsyncEnumerable<ResultIndicatorPeriodRow> IndicatorPeriodRows(AvanceDb db, int outcomeId, string language,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var sources = await db.Sources
            .Where(s => db.ResultIndicatorPeriods.Any(p => p.SourceId == s.Id
                && db.ResultIndicators.Any(i => i.Id == p.ResultIndicatorId && i.OutcomeId == outcomeId)))
            .ToDictionaryAsync(s => s.Id, SourceRow.Of, cancellationToken);
        var indicators = db.ResultIndicators.AsNoTracking().Where(i => i.OutcomeId == outcomeId)
            .Include(i => i.Title).Include(i => i.Periods).ThenInclude(p => p.Comment)
            .OrderBy(i => i.Id)
            .AsAsyncEnumerable();
        await foreach (var indicator in indicators.WithCancellation(cancellationToken))
        {
            var title = indicator.Title.In(language) ?? "";
            if (indicator.Periods.Count == 0)
                yield return new ResultIndicatorPeriodRow(outcomeId, indicator.Id, title, indicator.Measure, indicator.IsComplementary,
                    indicator.BaselineYear, indicator.BaselineValue, null, null, null, null, null, null);
            foreach (var period in indicator.Periods.OrderBy(p => p.Start).ThenBy(p => p.Id))
                yield return new ResultIndicatorPeriodRow(outcomeId, indicator.Id, title, indicator.Measure, indicator.IsComplementary,
                    indicator.BaselineYear, indicator.BaselineValue, period.Start, period.End, period.Target, period.Actual,
                    period.Comment?.In(language), period.SourceId is { } id ? sources.GetValueOrDefault(id) : null);
        }
    }

    /// <summary>What the outcome contributes to in its organisation's strategic plan, by level then code.</summary>
    public static async IAsyncEnumerable<StrategicPlanContributionRow> StrategicPlanRows(AvanceDb db, int outcomeId, string language,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var query = db.StrategicPlanContributions.Where(c => c.OutcomeId == outcomeId)
            .OrderBy(c => c.Code).ThenBy(c => c.Id)
            .Select(c => new { c.OutcomeId, c.Level, c.Code, c.Title })
            .AsAsyncEnumerable();
        var rows = new List<StrategicPlanContributionRow>();
        await foreach (var c in query.WithCancellation(cancellationToken))
            rows.Add(new StrategicPlanContributionRow(c.OutcomeId, c.Level, c.Code, c.Title.In(language) ?? c.Code));
        // Levels are stored by name, so SQL would order them alphabetically; an outcome has a handful of these.
        foreach (var row in rows.OrderBy(r => r.Level)) yield return row;
    }
}
