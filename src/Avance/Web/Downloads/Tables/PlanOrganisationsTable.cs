using Avance.Features.Plans;
using C = Avance.Web.Downloads.Column<Avance.Web.Downloads.Tables.InPlan<Avance.Features.Plans.PlanActorRow>>;

namespace Avance.Web.Downloads.Tables;

/// <summary>The Actors tab: the organisations a plan names and the part each plays.</summary>
internal static class PlanOrganisationsTable
{
    public static readonly CountryTable OfPlan = new(CountryTable.PlanPath + "/organisations", new TableDownload<InPlan<PlanActorRow>>(
        "plan-organisations", "Table_PlanOrganisations",
        [
            C.Of("plan_code", "Field_PlanCode", r => r.PlanCode),
            C.Of("organisation", "Field_Organisation", r => r.Row.Name),
            C.Of("acronym", "Field_OrganisationAcronym", r => r.Row.Acronym),
            C.Of("kind", "Field_OrganisationKind", r => r.Row.Kind),
            C.Of("role", "Field_OrganisationRole", r => r.Row.Role),
        ],
        request => Scope.Plan(request, plan =>
            PlanDetailQueries.OrganisationRows(request.Db, plan.Id, request.Language).Select(row => new InPlan<PlanActorRow>(plan.Code, row)))));
}
