using Avance.Data;
using Avance.Features.Indicators;
using Avance.Features.Plans;
using Avance.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Assessments;

/// <summary>The "Civil-society assessments" section of an indicator's page, below the official figures.</summary>
public sealed class IndicatorAssessmentsViewComponent(AvanceDb db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string iso2, IndicatorDetail indicator)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var plan = await PlanQueries.Find(db, iso2, indicator.PlanCode, cancellationToken);
        var key = plan is null ? null : await IndicatorQueries.Find(db, plan.Id, indicator.Code, cancellationToken);
        if (key is null) return Content("");
        var rows = await AssessmentQueries.Rows(db, AssessmentQueries.Of(db, AssessmentSubject.Indicator, key.Id), Languages.Current)
            .ToListAsync(cancellationToken);
        return View(AssessmentsView.Partial, new AssessmentsView("assessments", [.. rows.Select(r => r.ToPublic())], indicator.Type,
            HeadingLevel: 2, AssessmentsView.FileUrlFor(AssessmentSubject.Indicator, key.Id)));
    }
}

/// <summary>
/// An activity's assessments inside the plan explorer. The first activity of a page reads those of every activity of
/// its plan in one query, so a plan of many activities costs one query, not one each.
/// </summary>
public sealed class ActivityAssessmentsViewComponent(AvanceDb db) : ViewComponent
{
    private const string ItemKey = "Avance.Assessments.OfActivities";

    public async Task<IViewComponentResult> InvokeAsync(int activityId)
    {
        var byActivity = await PlanActivitiesAsync(activityId);
        var rows = byActivity?[activityId].ToList() ?? [];
        return View(AssessmentsView.Partial, new AssessmentsView($"assessments-activity-{activityId}", rows, null, HeadingLevel: 0,
            AssessmentsView.FileUrlFor(AssessmentSubject.Activity, activityId)));
    }

    private async Task<ILookup<int, PublicAssessmentRow>?> PlanActivitiesAsync(int activityId)
    {
        if (HttpContext.Items[ItemKey] is ILookup<int, PublicAssessmentRow> loaded) return loaded;
        var cancellationToken = HttpContext.RequestAborted;
        if (await AssessmentQueries.PlanOfActivityAsync(db, activityId, cancellationToken) is not { } planId) return null;
        var rows = await AssessmentQueries.Rows(db, AssessmentQueries.OfPlan(db, planId, AssessmentSubject.Activity), Languages.Current)
            .ToListAsync(cancellationToken);
        var lookup = rows.Select(r => r.ToPublic()).ToLookup(r => r.SubjectId);
        HttpContext.Items[ItemKey] = lookup;
        return lookup;
    }
}

/// <summary>The assessments of a plan's reporting periods, below the list of published periods.</summary>
public sealed class PeriodAssessmentsViewComponent(AvanceDb db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string iso2, string planCode)
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (await PlanQueries.Find(db, iso2, planCode, cancellationToken) is not { } plan) return Content("");
        var rows = await AssessmentQueries.Rows(db, AssessmentQueries.OfPlan(db, plan.Id, AssessmentSubject.ReportingPeriod), Languages.Current)
            .ToListAsync(cancellationToken);
        return View(AssessmentsView.Partial, new AssessmentsView("assessments-periods", [.. rows.Select(r => r.ToPublic())], null,
            HeadingLevel: 3, AssessmentsView.FileUrlFor(iso2, plan.Code)));
    }
}
