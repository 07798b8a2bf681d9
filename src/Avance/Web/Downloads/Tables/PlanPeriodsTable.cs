using Avance.Features.Plans;
using C = Avance.Web.Downloads.Column<Avance.Web.Downloads.Tables.InPlan<Avance.Features.Plans.PublishedPeriodRow>>;

namespace Avance.Web.Downloads.Tables;

/// <summary>The M&amp;E tab: the plan's published reporting periods.</summary>
internal static class PlanPeriodsTable
{
    public static readonly CountryTable OfPlan = new(CountryTable.PlanPath + "/periods", new TableDownload<InPlan<PublishedPeriodRow>>(
        "plan-periods", "Table_PlanPeriods",
        [
            C.Of("plan_code", "Field_PlanCode", r => r.PlanCode),
            C.Of("period", "Field_Period", r => r.Row.Label),
            C.Of("starts_on", "Field_PeriodStartsOn", r => r.Row.StartsOn),
            C.Of("ends_on", "Field_PeriodEndsOn", r => r.Row.EndsOn),
            C.Of("published_at", "Field_PeriodPublishedAt", r => r.Row.PublishedAt),
        ],
        request => Scope.Plan(request, plan =>
            PlanDetailQueries.PublishedPeriodRows(request.Db, plan.Id).Select(row => new InPlan<PublishedPeriodRow>(plan.Code, row)))));
}
