using Avance.Data;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Reporting.Entry;

/// <summary>The activities to report on for a period, in plan order, with their status reports: for the list, the form and the API.</summary>
public static class ActivityEntries
{
    public static async Task<List<ActivityEntryRow>> List(AvanceDb db, PeriodRow period, EntryScope scope, string language,
        CancellationToken cancellationToken)
    {
        var activities = await (
                from activity in db.Activities
                join line in db.LinesOfAction on activity.LineOfActionId equals line.Id
                join objective in db.StrategicObjectives on line.ObjectiveId equals objective.Id
                join pillar in db.Pillars on objective.PillarId equals pillar.Id
                where pillar.PlanId == period.PlanId
                      && (scope.ActivityId == null || activity.Id == scope.ActivityId)
                      && (scope.OrganisationId == null || activity.Organisations.Any(o => o.OrganisationId == scope.OrganisationId))
                orderby pillar.Number, objective.Number, line.Number, activity.Number
                select new
                {
                    activity.Id, Pillar = pillar.Number, Objective = objective.Number, Line = line.Number, activity.Number,
                    Statement = TextInLanguage.Pick(activity.Statement, language),
                    Organisations = activity.Organisations
                        .Select(o => new { o.OrganisationId, Name = TextInLanguage.Pick(o.Organisation!.Acronym, language) ?? TextInLanguage.Pick(o.Organisation.Name, language) })
                        .ToList(),
                })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        if (activities.Count == 0) return [];

        var ids = activities.Select(a => a.Id).ToList();
        var reports = await db.ActivityStatusReports.Include(r => r.Narrative)
            .Where(r => r.ReportingPeriodId == period.Id && ids.Contains(r.ActivityId))
            .ToDictionaryAsync(r => r.ActivityId, cancellationToken);
        return [.. activities.Select(a =>
        {
            var report = reports.GetValueOrDefault(a.Id);
            return new ActivityEntryRow(a.Id, $"{a.Pillar}.{a.Objective}.{a.Line}.{a.Number}", a.Statement ?? "",
                [.. a.Organisations.Select(o => o.OrganisationId)], string.Join(", ", a.Organisations.Select(o => o.Name).Order()),
                report?.Status, report?.ReportStatus, report?.Version ?? 0,
                EntryQueries.Exactly(report?.Narrative, "en"), EntryQueries.Exactly(report?.Narrative, "es"));
        })];
    }
}
