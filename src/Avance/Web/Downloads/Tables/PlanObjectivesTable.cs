using Avance.Data;
using Avance.Features.Plans;
using C = Avance.Web.Downloads.Column<Avance.Web.Downloads.Tables.PlanObjectiveRow>;

namespace Avance.Web.Downloads.Tables;

/// <summary>One strategic objective of a plan, with the plan and pillar it belongs to: the plans' tree as a flat table.</summary>
public sealed record PlanObjectiveRow(string PlanCode, string PlanTitle, int PlanGeneration, int PillarNumber, string Pillar,
    int ObjectiveNumber, string Objective);

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
        CountryTable.Listed(Objectives)));

    private static async Task<List<PlanObjectiveRow>> Objectives(AvanceDb db, string iso2, string language, CancellationToken ct) =>
    [
        .. from plan in await PlanQueries.Plans(db, iso2, language, ct)
           from pillar in plan.Pillars
           from objective in pillar.Objectives
           select new PlanObjectiveRow(plan.Code, plan.Title, plan.Generation, pillar.Number, pillar.Name, objective.Number, objective.Statement),
    ];
}
