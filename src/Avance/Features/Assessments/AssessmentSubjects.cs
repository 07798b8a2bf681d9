using System.Text.Json.Serialization;
using Avance.Data;
using Avance.Features.Indicators;
using Avance.Features.Reporting;
using Avance.Web;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Assessments;

/// <summary>
/// Something an observer may assess: an indicator, an activity or a published reporting period of a plan. Code is the
/// indicator's code or the activity's place in the plan ("1.3.2.4": pillar, objective, line of action, activity).
/// </summary>
public sealed record SubjectRow(
    AssessmentSubject Kind,
    int Id,
    int PlanId,
    string Iso2,
    string PlanCode,
    string Code,
    string Text,
    IndicatorType? IndicatorType)
{
    /// <summary>How a form names the subject in one field ("Indicator:12").</summary>
    [JsonIgnore]
    public string Key => $"{Kind}:{Id}";

    public string Label(UiText text) => text[$"Assessments_SubjectLabel_{Kind}", Code, Text];

    /// <summary>Where the public sees the subject and its assessments.</summary>
    public string PublicUrl(string language)
    {
        var plan = $"/{language}/countries/{Iso2.ToLowerInvariant()}/plans/{Uri.EscapeDataString(PlanCode)}";
        return Kind switch
        {
            AssessmentSubject.Indicator => $"{plan}/indicators/{Uri.EscapeDataString(Code)}#assessments",
            AssessmentSubject.Activity => $"{plan}#assessments-activity-{Id}",
            _ => $"{plan}?tab=monitoring#assessments-periods",
        };
    }

    /// <summary>Parses a form's "Indicator:12"; null when it is not a subject key.</summary>
    public static (AssessmentSubject Kind, int Id)? ParseKey(string? key)
    {
        var parts = key?.Split(':');
        return parts is [var kind, var id]
               && Enum.TryParse<AssessmentSubject>(kind, out var subject) && Enum.IsDefined(subject) && !char.IsDigit(kind[0])
               && int.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? (subject, number)
            : null;
    }
}

public static class AssessmentSubjects
{
    /// <summary>Everything of a plan that may be assessed, indicators first, each kind in plan order.</summary>
    public static async Task<List<SubjectRow>> OfPlanAsync(AvanceDb db, int planId, string language, CancellationToken cancellationToken) =>
    [
        .. await IndicatorsAsync(db, language, planId, null, cancellationToken),
        .. await ActivitiesAsync(db, language, planId, null, cancellationToken),
        .. await PeriodsAsync(db, planId, null, cancellationToken),
    ];

    /// <summary>The subjects with these keys that exist and may be assessed; unknown keys are left out.</summary>
    public static async Task<Dictionary<(AssessmentSubject, int), SubjectRow>> FindAsync(AvanceDb db,
        IEnumerable<(AssessmentSubject Kind, int Id)> keys, string language, CancellationToken cancellationToken)
    {
        var wanted = keys.Distinct().ToLookup(k => k.Kind, k => k.Id);
        var found = new List<SubjectRow>();
        if (wanted.Contains(AssessmentSubject.Indicator))
            found.AddRange(await IndicatorsAsync(db, language, null, [.. wanted[AssessmentSubject.Indicator]], cancellationToken));
        if (wanted.Contains(AssessmentSubject.Activity))
            found.AddRange(await ActivitiesAsync(db, language, null, [.. wanted[AssessmentSubject.Activity]], cancellationToken));
        if (wanted.Contains(AssessmentSubject.ReportingPeriod))
            found.AddRange(await PeriodsAsync(db, null, [.. wanted[AssessmentSubject.ReportingPeriod]], cancellationToken));
        return found.ToDictionary(s => (s.Kind, s.Id));
    }

    private static async Task<List<SubjectRow>> IndicatorsAsync(AvanceDb db, string language, int? planId, int[]? ids,
        CancellationToken cancellationToken)
    {
        var indicators = db.Indicators.AsQueryable();
        if (planId is { } wanted) indicators = indicators.Where(i => i.PlanId == wanted);
        if (ids is not null) indicators = indicators.Where(i => ids.Contains(i.Id));
        return await (
                from i in indicators
                join plan in db.Plans on i.PlanId equals plan.Id
                join country in db.Countries on plan.CountryId equals country.Id
                orderby i.Code
                select new SubjectRow(AssessmentSubject.Indicator, i.Id, plan.Id, country.Iso2, plan.Code, i.Code,
                    TextInLanguage.Pick(i.Wording, language) ?? "", i.Type))
            .ToListAsync(cancellationToken);
    }

    private static async Task<List<SubjectRow>> ActivitiesAsync(AvanceDb db, string language, int? planId, int[]? ids,
        CancellationToken cancellationToken)
    {
        var activities = db.Activities.AsQueryable();
        if (ids is not null) activities = activities.Where(a => ids.Contains(a.Id));
        var pillars = db.Pillars.AsQueryable();
        if (planId is { } wanted) pillars = pillars.Where(p => p.PlanId == wanted);
        var rows = await (
                from activity in activities
                join line in db.LinesOfAction on activity.LineOfActionId equals line.Id
                join objective in db.StrategicObjectives on line.ObjectiveId equals objective.Id
                join pillar in pillars on objective.PillarId equals pillar.Id
                join plan in db.Plans on pillar.PlanId equals plan.Id
                join country in db.Countries on plan.CountryId equals country.Id
                orderby pillar.Number, objective.Number, line.Number, activity.Number, activity.Id
                select new
                {
                    activity.Id, PlanId = plan.Id, country.Iso2, plan.Code, Pillar = pillar.Number, Objective = objective.Number,
                    Line = line.Number, activity.Number, Statement = TextInLanguage.Pick(activity.Statement, language),
                })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(a => new SubjectRow(AssessmentSubject.Activity, a.Id, a.PlanId, a.Iso2, a.Code,
            $"{a.Pillar}.{a.Objective}.{a.Line}.{a.Number}", a.Statement ?? "", null))];
    }

    /// <summary>Only published periods: until then a period's figures are not public, so there is nothing to judge.</summary>
    private static async Task<List<SubjectRow>> PeriodsAsync(AvanceDb db, int? planId, int[]? ids, CancellationToken cancellationToken)
    {
        var periods = db.ReportingPeriods.Where(p => p.State == PeriodState.Published);
        if (planId is { } wanted) periods = periods.Where(p => p.PlanId == wanted);
        if (ids is not null) periods = periods.Where(p => ids.Contains(p.Id));
        return await (
                from period in periods
                join plan in db.Plans on period.PlanId equals plan.Id
                join country in db.Countries on plan.CountryId equals country.Id
                orderby period.StartsOn, period.Id
                select new SubjectRow(AssessmentSubject.ReportingPeriod, period.Id, plan.Id, country.Iso2, plan.Code, period.Label, period.Label, null))
            .ToListAsync(cancellationToken);
    }
}
