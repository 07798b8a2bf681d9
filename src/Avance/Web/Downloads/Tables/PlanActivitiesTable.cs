using Avance.Features.Plans;
using C = Avance.Web.Downloads.Column<Avance.Web.Downloads.Tables.InPlan<Avance.Features.Plans.PlanActivityRow>>;

namespace Avance.Web.Downloads.Tables;

/// <summary>The Actions/Activities tab: every activity with its place in the plan, its organisations and its latest status.</summary>
internal static class PlanActivitiesTable
{
    private static readonly IReadOnlyList<DownloadColumn<InPlan<PlanActivityRow>>> Columns =
    [
        C.Of("plan_code", "Field_PlanCode", r => r.PlanCode),
        C.Of("pillar_number", "Field_PillarNumber", r => r.Row.PillarNumber),
        C.Of("pillar", "Field_Pillar", r => r.Row.Pillar),
        C.Of("objective_number", "Field_ObjectiveNumber", r => r.Row.ObjectiveNumber),
        C.Of("objective", "Field_Objective", r => r.Row.Objective),
        C.Of("line_of_action_number", "Field_LineOfActionNumber", r => r.Row.LineOfActionNumber),
        C.Of("line_of_action", "Field_LineOfAction", r => r.Row.LineOfAction),
        C.Of("activity_number", "Field_ActivityNumber", r => r.Row.Activity.Number),
        C.Of("activity", "Field_Activity", r => r.Row.Activity.Statement),
        C.Of("responsible", "Field_Responsible", r => Names(r.Row.Activity.Responsible)),
        C.Of("co_responsible", "Field_CoResponsible", r => Names(r.Row.Activity.CoResponsible)),
        C.Of("latest_status", "Field_LatestStatus", r => r.Row.Activity.LatestStatus?.Status),
        C.Of("latest_status_period", "Field_LatestStatusPeriod", r => r.Row.Activity.LatestStatus?.Period),
        C.Of("latest_status_narrative", "Field_LatestStatusNarrative", r => r.Row.Activity.LatestStatus?.Narrative),
    ];

    public static readonly CountryTable Download = new(CountryTable.CountryPath + "/plans/activities", new TableDownload<InPlan<PlanActivityRow>>(
        "plan-activities", "Table_PlanActivities", Columns, request => Scope.EveryPlan(request, plan => Rows(request, plan))));

    public static readonly CountryTable OfPlan = new(CountryTable.PlanPath + "/activities", new TableDownload<InPlan<PlanActivityRow>>(
        "plan-activities", "Table_PlanActivities", Columns, request => Scope.Plan(request, plan => Rows(request, plan))));

    private static IAsyncEnumerable<InPlan<PlanActivityRow>> Rows(DownloadRequest request, PlanKey plan) =>
        PlanDetailQueries.ActivityRows(request.Db, plan.Id, request.Language).Select(row => new InPlan<PlanActivityRow>(plan.Code, row));

    /// <summary>"Secretaría de Relaciones Exteriores (SRE); Instituto Nacional de las Mujeres (Inmujeres)".</summary>
    private static string Names(IReadOnlyList<OrganisationNameRow> organisations) =>
        string.Join("; ", organisations.Select(o => o.Acronym is { } acronym && acronym != o.Name ? $"{o.Name} ({acronym})" : o.Name));
}
