using Avance.Features.Accounts;
using Avance.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Avance.Features.Authoring;

/// <summary>Creating a plan through the API: the country it belongs to (ISO code such as "mx") and its fields.</summary>
public sealed record NewPlanRequest(string? Country, PlanFields? Fields);

/// <summary>
/// Plan authoring with a personal access token of a coordinator or administrator: the same commands as the workspace
/// pages. Updates and removals name the version they start from; someone else's save in between answers 409 with
/// their values.
/// </summary>
public static class AuthoringApi
{
    public static WebApplication MapAuthoringApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/plans").WithTags("Plan authoring").RequirePermission(Permissions.AuthorPlans);
        group.MapGet("/", async (AuthoringScope scope, CancellationToken ct) =>
                TypedResults.Ok(await WorkspaceQueries.Plans(scope.Db, Languages.Current, ct)))
            .WithSummary("Every plan, drafts included, with its version and its latest published version.");
        group.MapPost("/", CreatePlan).WithSummary("Creates a draft plan in a country; 400 lists what is wrong per field.");
        group.MapGet("/{planId:int}", GetPlan).WithSummary("A plan's fields and version, as an update sends them back.");
        group.MapPut("/{planId:int}", UpdatePlan)
            .WithSummary("Replaces a plan's fields; 409 with the current fields when the version is not the plan's current one.");
        group.MapGet("/{planId:int}/outline", Outline)
            .WithSummary("A plan's pillars, strategic objectives, lines of action and activities, and its indicators, each with its Id and version.");
        group.MapAuthoringStructureApi();
        group.MapAuthoringIndicatorsApi();
        group.MapAuthoringVersionsApi();
        return app;
    }

    private static async Task<Results<Created<Editable<PlanFields>>, ValidationProblem, NotFound, ProblemHttpResult>> CreatePlan(
        NewPlanRequest request, AuthoringScope scope, CancellationToken ct)
    {
        var result = await PlanCommands.CreateAsync(scope, request.Country, request.Fields ?? new(), ct);
        return await Answer(result, scope, async () => TypedResults.Created($"/api/v1/plans/{result.Id}", await PlanCommands.ReadAsync(scope.Db, result.Id, ct)));
    }

    private static async Task<Results<Ok<Editable<PlanFields>>, NotFound>> GetPlan(int planId, AuthoringScope scope, CancellationToken ct) =>
        await PlanCommands.ReadAsync(scope.Db, planId, ct) is { } plan ? TypedResults.Ok(plan) : TypedResults.NotFound();

    private static async Task<Results<Ok<Editable<PlanFields>>, ValidationProblem, NotFound, ProblemHttpResult>> UpdatePlan(
        int planId, EditRequest<PlanFields> request, AuthoringScope scope, CancellationToken ct)
    {
        var result = await PlanCommands.UpdateAsync(scope, planId, request.Version, request.Fields ?? new(), ct);
        return await Answer(result, scope, async () => TypedResults.Ok(await PlanCommands.ReadAsync(scope.Db, planId, ct)),
            async () => await PlanCommands.ReadAsync(scope.Db, planId, ct));
    }

    private static async Task<Results<Ok<WorkspacePlan>, NotFound>> Outline(int planId, AuthoringScope scope, CancellationToken ct) =>
        await WorkspaceQueries.Plan(scope.Db, planId, Languages.Current, ct) is { } plan ? TypedResults.Ok(plan) : TypedResults.NotFound();

    /// <summary>The answer to a command: <paramref name="saved"/> when it saved, else 400, 404 or 409 (with <paramref name="current"/>'s values on a conflict).</summary>
    internal static async Task<Results<TSaved, ValidationProblem, NotFound, ProblemHttpResult>> Answer<TSaved>(AuthoringResult result,
        AuthoringScope scope, Func<Task<TSaved>> saved, Func<Task<object?>>? current = null) where TSaved : IResult =>
        result.Kind switch
        {
            ResultKind.Saved => await saved(),
            ResultKind.Invalid => AuthoringAnswers.Invalid(result, scope.Text),
            ResultKind.NotFound => TypedResults.NotFound(),
            _ => AuthoringAnswers.Problem(result, scope.Text, result.Kind == ResultKind.Conflict && current is not null ? await current() : null),
        };
}
