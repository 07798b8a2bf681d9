using Avance.Features.Plans;
using C = Avance.Web.Downloads.Column<Avance.Features.Plans.PlanObjectiveRow>;

namespace Avance.Web.Downloads.Tables;

/// <summary>Every strategic objective of the country's plans, pillar by pillar, as the country page lists them.</summary>
internal static class PlanObjectivesTable
{
    public static readonly CountryTable Download = new(CountryTable.CountryPath + "/plans/objectives", new TableDownload<PlanObjectiveRow>(
        "plan-objectives", "Table_PlanObjectives",
        [
            C.Of("plan_code", "Field_PlanCode", r => r.PlanCode),
            C.Of("plan_title", "Field_PlanTitle", r => r.PlanTitle),
            C.Of("plan_generation", "Field_PlanGeneration", r => r.PlanGeneration),
            C.Of("pillar_number", "Field_PillarNumber", r => r.PillarNumber),
            C.Of("pillar", "Field_Pillar", r => r.Pillar),
            C.Of("objective_number", "Field_ObjectiveNumber", r => r.ObjectiveNumber),
            C.Of("objective", "Field_Objective", r => r.Objective),
        ],
        request => Scope.Country(request, iso2 => PlanQueries.ObjectiveRows(request.Db, iso2, request.Language))));
}
