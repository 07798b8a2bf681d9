using Avance.Data;
using Avance.Features.Accounts;
using Avance.Features.Reporting;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Review;

/// <summary>
/// The status board: per organisation and item (indicator, activity) of a period's plan, what was entered,
/// submitted, returned, approved, published — or is missing. Focal points see their organisation's items only. The
/// page, the API, the CSV download and the workspace home all read this one query.
/// </summary>
public static class BoardQueries
{
    public static async Task<Board?> For(AvanceDb db, int periodId, Caller caller, BoardState? filter, string language, DateOnly today,
        CancellationToken cancellationToken)
    {
        if (await PeriodQueries.Find(db, periodId, language, cancellationToken) is not { } period) return null;
        var rows = (await IndicatorRows(db, period, language, cancellationToken))
            .Concat(await ActivityRows(db, period, language, cancellationToken))
            .Where(row => row.VisibleTo(caller))
            .Select(row => row.Row)
            .ToList();
        var names = await OrganisationNames.ForAsync(db, rows.Where(r => r.OrganisationId is not null).Select(r => r.OrganisationId!.Value), language,
            cancellationToken);
        rows = [.. rows
            .Select(row => row with { Organisation = row.OrganisationId is { } id ? names.GetValueOrDefault(id) : null })
            .OrderBy(row => row.OrganisationId is null).ThenBy(row => row.Organisation, StringComparer.CurrentCulture)
            .ThenBy(row => row.Kind).ThenBy(row => row.Code, StringComparer.Ordinal)];
        var organisations = rows
            .GroupBy(row => (row.OrganisationId, row.Organisation))
            .Select(group => new BoardOrganisation(group.Key.OrganisationId, group.Key.Organisation,
                group.Aggregate(StateCounts.None, (sum, row) => sum + row.Counts), group.Count(row => row.Missing)))
            .ToList();
        return new Board(period, DeadlineRow.Of(period, today), organisations,
            filter is { } state ? [.. rows.Where(row => row.Has(state))] : rows, filter);
    }

    private static async Task<List<VisibleRow>> IndicatorRows(AvanceDb db, PeriodRow period, string language, CancellationToken cancellationToken)
    {
        var indicators = await db.Indicators.Where(i => i.PlanId == period.PlanId)
            .Select(i => new { i.Id, i.Code, Wording = TextInLanguage.Pick(i.Wording, language), i.ResponsibleOrganisationId })
            .ToListAsync(cancellationToken);
        var counts = (await db.Measurements.Where(m => m.ReportingPeriodId == period.Id)
                .GroupBy(m => new { m.IndicatorId, m.Status })
                .Select(g => new { g.Key.IndicatorId, g.Key.Status, Count = g.Count() })
                .ToListAsync(cancellationToken))
            .ToLookup(c => c.IndicatorId, c => (c.Status, c.Count));
        return [.. indicators.Select(i => new VisibleRow(
            new BoardRow(BoardItemKind.Indicator, i.Id, i.Code, i.Wording ?? i.Code, i.ResponsibleOrganisationId, null, Counts(counts[i.Id])),
            i.ResponsibleOrganisationId is { } owner ? [owner] : []))];
    }

    private static async Task<List<VisibleRow>> ActivityRows(AvanceDb db, PeriodRow period, string language, CancellationToken cancellationToken)
    {
        var activities = await (
                from activity in db.Activities
                join line in db.LinesOfAction on activity.LineOfActionId equals line.Id
                join objective in db.StrategicObjectives on line.ObjectiveId equals objective.Id
                join pillar in db.Pillars on objective.PillarId equals pillar.Id
                where pillar.PlanId == period.PlanId
                select new
                {
                    activity.Id, Pillar = pillar.Number, Objective = objective.Number, activity.Number,
                    Statement = TextInLanguage.Pick(activity.Statement, language),
                    Organisations = activity.Organisations.Select(o => new { o.OrganisationId, o.Responsibility }).ToList(),
                })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var reports = (await db.ActivityStatusReports.Where(r => r.ReportingPeriodId == period.Id)
                .Select(r => new { r.ActivityId, r.ReportStatus }).ToListAsync(cancellationToken))
            .ToLookup(r => r.ActivityId, r => (r.ReportStatus, 1));
        return [.. activities.Select(a =>
        {
            // Grouped under the responsible agency; co-responsible agencies see the activity too.
            var owner = a.Organisations.OrderBy(o => o.Responsibility).Select(o => (int?)o.OrganisationId).FirstOrDefault();
            return new VisibleRow(
                new BoardRow(BoardItemKind.Activity, a.Id, ActivityCode(a.Pillar, a.Objective, a.Number), a.Statement ?? "", owner, null, Counts(reports[a.Id])),
                [.. a.Organisations.Select(o => o.OrganisationId)]);
        })];
    }

    /// <summary>"2.4.1": pillar, objective within the pillar, activity within the objective, as plans number them.</summary>
    public static string ActivityCode(int pillar, int objective, int activity) => $"{pillar}.{objective}.{activity}";

    private static StateCounts Counts(IEnumerable<(MeasurementStatus Status, int Count)> counts)
    {
        int Of(MeasurementStatus status) => counts.Where(c => c.Status == status).Sum(c => c.Count);
        return new StateCounts(Of(MeasurementStatus.Draft), Of(MeasurementStatus.Submitted), Of(MeasurementStatus.Returned),
            Of(MeasurementStatus.Approved), Of(MeasurementStatus.Published));
    }

    /// <summary>A row and the organisations it belongs to, to decide who may see it.</summary>
    private sealed record VisibleRow(BoardRow Row, IReadOnlyList<int> Owners)
    {
        public bool VisibleTo(Caller caller) => caller.ActsForAny(Owners);
    }
}
