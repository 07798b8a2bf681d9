using Avance.Data;
using Avance.Features.Plans;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Assessments;

/// <summary>
/// One projection of assessments serves the public pages, the API and the workspace; the filters below choose which.
/// Assessments come in the order they were filed, or newest first.
/// </summary>
public static class AssessmentQueries
{
    public static IQueryable<AssessmentRow> Rows(AvanceDb db, IQueryable<Assessment> which, string language, bool newestFirst = false)
    {
        var joined = which.Join(db.Organisations, a => a.OrganisationId, o => o.Id, (a, o) => new { a, o });
        var ordered = newestFirst ? joined.OrderByDescending(x => x.a.Id) : joined.OrderBy(x => x.a.Id);
        return ordered.Select(x => new AssessmentRow(
            x.a.Id, x.a.Version, x.a.Subject, x.a.SubjectId,
            db.ReportingPeriods.Where(p => p.Id == x.a.ReportingPeriodId).Select(p => p.Label).FirstOrDefault(),
            x.a.FiledAt, x.a.OrganisationId,
            new OrganisationNameRow(TextInLanguage.Pick(x.o.Name, language) ?? "", TextInLanguage.Pick(x.o.Acronym, language)),
            x.a.Rating, x.a.OwnValue, x.a.Narrative, x.a.Language, x.a.Sources,
            x.a.HiddenAt == null ? null : new HiddenNoticeRow(x.a.HiddenAt.Value, x.a.HiddenReason ?? ""),
            x.a.Replies.OrderBy(r => r.Id).Select(r => new AssessmentReplyRow(r.RepliedAt, r.Text, r.Language)).ToList()));
    }

    public static IQueryable<Assessment> Of(AvanceDb db, AssessmentSubject subject, int subjectId) =>
        db.Assessments.Where(a => a.Subject == subject && a.SubjectId == subjectId);

    /// <summary>The assessments of a plan's indicators, activities and periods, or of one kind of them.</summary>
    public static IQueryable<Assessment> OfPlan(AvanceDb db, int planId, AssessmentSubject? kind = null)
    {
        var indicators = db.Indicators.Where(i => i.PlanId == planId).Select(i => i.Id);
        var activities = ActivityIds(db, planId);
        var periods = db.ReportingPeriods.Where(p => p.PlanId == planId).Select(p => p.Id);
        var assessments = db.Assessments.Where(a =>
            (a.Subject == AssessmentSubject.Indicator && indicators.Contains(a.SubjectId))
            || (a.Subject == AssessmentSubject.Activity && activities.Contains(a.SubjectId))
            || (a.Subject == AssessmentSubject.ReportingPeriod && periods.Contains(a.SubjectId)));
        return kind is { } only ? assessments.Where(a => a.Subject == only) : assessments;
    }

    /// <summary>The plan an activity belongs to; null when there is no such activity.</summary>
    public static Task<int?> PlanOfActivityAsync(AvanceDb db, int activityId, CancellationToken cancellationToken) => (
            from activity in db.Activities
            join line in db.LinesOfAction on activity.LineOfActionId equals line.Id
            join objective in db.StrategicObjectives on line.ObjectiveId equals objective.Id
            join pillar in db.Pillars on objective.PillarId equals pillar.Id
            where activity.Id == activityId
            select (int?)pillar.PlanId)
        .SingleOrDefaultAsync(cancellationToken);

    private static IQueryable<int> ActivityIds(AvanceDb db, int planId) =>
        from activity in db.Activities
        join line in db.LinesOfAction on activity.LineOfActionId equals line.Id
        join objective in db.StrategicObjectives on line.ObjectiveId equals objective.Id
        join pillar in db.Pillars on objective.PillarId equals pillar.Id
        where pillar.PlanId == planId
        select activity.Id;
}
