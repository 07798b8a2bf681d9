using Avance.Features.Plans;
using Avance.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Avance.Features.Authoring;

/// <summary>Publishing versions and starting the next plan, under /api/v1/plans/{planId}.</summary>
internal static class VersionsAuthoringApi
{
    public static RouteGroupBuilder MapAuthoringVersionsApi(this RouteGroupBuilder group)
    {
        group.MapGet("/{planId:int}/unpublished-changes", Unpublished)
            .WithSummary("What publishing now would change: the plan as it stands compared with its latest version, item by item and field by field.");
        group.MapPost("/{planId:int}/versions", Publish)
            .WithSummary("Publishes the plan as its next version with a change note (required after version 1); the first version makes the plan public.");
        group.MapPost("/{planId:int}/next-generation", NextGeneration)
            .WithSummary("Starts the country's next plan as a draft copy of this, its latest plan; each indicator is linked to the one it continues. "
                + "Baselines and targets are not copied.");
        return group;
    }

    private static async Task<Results<Ok<List<ItemChangeRow>>, NotFound>> Unpublished(int planId, AuthoringScope scope, CancellationToken ct) =>
        await WorkspaceQueries.Plans(scope.Db, Languages.Current, ct, planId) is [_]
            ? TypedResults.Ok(await PlanVersionQueries.Unpublished(scope.Db, planId, Languages.Current, ct))
            : TypedResults.NotFound();

    private static async Task<Results<Created<PlanVersionChanges>, ValidationProblem, NotFound, ProblemHttpResult>> Publish(
        int planId, PublishRequest request, AuthoringScope scope, CancellationToken ct)
    {
        var result = await PublishCommand.RunAsync(scope, planId, request, ct);
        return await AuthoringApi.Answer(result, scope, async () =>
        {
            var plan = (await WorkspaceQueries.Plans(scope.Db, Languages.Current, ct, planId)).Single();
            var number = plan.PublishedVersion!.Value;
            return TypedResults.Created($"/api/v1/countries/{plan.Country}/plans/{Uri.EscapeDataString(plan.Code)}/versions/{number}",
                await PlanVersionQueries.Changes(scope.Db, planId, number, Languages.Current, ct));
        });
    }

    private static async Task<Results<Created<Editable<PlanFields>>, ValidationProblem, NotFound, ProblemHttpResult>> NextGeneration(
        int planId, NextGenerationRequest request, AuthoringScope scope, CancellationToken ct)
    {
        var result = await NextGenerationCommand.RunAsync(scope, planId, request, ct);
        return await AuthoringApi.Answer(result, scope, async () =>
            TypedResults.Created($"/api/v1/plans/{result.Id}", await PlanCommands.ReadAsync(scope.Db, result.Id, ct)));
    }
}
