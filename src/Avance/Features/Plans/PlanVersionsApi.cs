using Avance.Data;
using Avance.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Avance.Features.Plans;

/// <summary>A published plan's versions and what changed in each, as the public "what changed" page shows them.</summary>
public static class PlanVersionsApi
{
    public static WebApplication MapPlanVersionsApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/countries/{iso2}/plans/{code}/versions").WithTags("Plans").CacheOutput(PublicDataCache.Policy);
        group.MapGet("/", List).WithSummary("A plan's published versions, newest first, each with its date and change note.");
        group.MapGet("/{number:int}", Changes)
            .WithSummary("One version with what changed since the version before it: items added, removed and changed, field by field; "
                + "texts are compared in every language.");
        return app;
    }

    private static async Task<Results<Ok<List<PlanVersionRow>>, NotFound>> List(string iso2, string code, AvanceDb db, CancellationToken ct) =>
        await PlanQueries.Find(db, iso2, code, ct) is { } plan ? TypedResults.Ok(await PlanVersionQueries.Versions(db, plan.Id, ct)) : TypedResults.NotFound();

    private static async Task<Results<Ok<PlanVersionChanges>, NotFound>> Changes(string iso2, string code, int number, AvanceDb db, CancellationToken ct) =>
        await PlanQueries.Find(db, iso2, code, ct) is { } plan && await PlanVersionQueries.Changes(db, plan.Id, number, Languages.Current, ct) is { } changes
            ? TypedResults.Ok(changes)
            : TypedResults.NotFound();
}
