using Avance.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Avance.Features.Authoring;

/// <summary>Pillars, strategic objectives, lines of action and activities under /api/v1/plans/{planId}/{level}.</summary>
internal static class StructureApi
{
    public static RouteGroupBuilder MapAuthoringStructureApi(this RouteGroupBuilder group)
    {
        var items = $"/{{planId:int}}/{{level:{StructureLevel.RouteConstraint}}}";
        group.MapPost(items, Add)
            .WithSummary("Adds a pillar, objective, line of action or activity (level: pillars, objectives, lines-of-action, activities) under "
                + "parentId (the pillar of an objective …; none for a pillar); without a number it comes last.");
        group.MapGet(items + "/{itemId:int}", Get).WithSummary("An item's fields and version.");
        group.MapPut(items + "/{itemId:int}", Update).WithSummary("Replaces an item's number, text and (activities) organisations; 409 on a stale version.");
        group.MapDelete(items + "/{itemId:int}", Remove)
            .WithSummary("Removes an empty item; 409 says why when it has items under it, indicators or reported values, which are never deleted with it.");
        group.MapPost(items + "/{itemId:int}/move", Move).WithSummary("Moves an item one place up or down among its siblings.");
        return group;
    }

    private static async Task<Results<Created<Editable<StructureFields>>, ValidationProblem, NotFound, ProblemHttpResult>> Add(
        int planId, string level, NewStructureItem request, AuthoringScope scope, CancellationToken ct)
    {
        var kind = StructureLevel.From(level)!;
        var result = await StructureCommands.AddAsync(scope, kind, planId, request.ParentId, request.Fields ?? new(), ct);
        return await AuthoringApi.Answer(result, scope, async () => TypedResults.Created(
            $"/api/v1/plans/{planId}/{level}/{result.Id}", await StructureCommands.ReadAsync(scope.Db, kind, planId, result.Id, ct)));
    }

    private static async Task<Results<Ok<Editable<StructureFields>>, NotFound>> Get(int planId, string level, int itemId, AuthoringScope scope,
        CancellationToken ct) =>
        await StructureCommands.ReadAsync(scope.Db, StructureLevel.From(level)!, planId, itemId, ct) is { } item ? TypedResults.Ok(item) : TypedResults.NotFound();

    private static async Task<Results<Ok<Editable<StructureFields>>, ValidationProblem, NotFound, ProblemHttpResult>> Update(
        int planId, string level, int itemId, EditRequest<StructureFields> request, AuthoringScope scope, CancellationToken ct)
    {
        var kind = StructureLevel.From(level)!;
        var result = await StructureCommands.UpdateAsync(scope, kind, planId, itemId, request.Version, request.Fields ?? new(), ct);
        return await AuthoringApi.Answer(result, scope, async () => TypedResults.Ok(await StructureCommands.ReadAsync(scope.Db, kind, planId, itemId, ct)),
            async () => await StructureCommands.ReadAsync(scope.Db, kind, planId, itemId, ct));
    }

    private static async Task<Results<NoContent, ValidationProblem, NotFound, ProblemHttpResult>> Remove(
        int planId, string level, int itemId, int? version, AuthoringScope scope, CancellationToken ct)
    {
        if (version is null) return AuthoringAnswers.VersionMissing(scope.Text);
        var kind = StructureLevel.From(level)!;
        var result = await StructureCommands.RemoveAsync(scope, kind, planId, itemId, version.Value, ct);
        return await AuthoringApi.Answer(result, scope, () => Task.FromResult(TypedResults.NoContent()),
            async () => await StructureCommands.ReadAsync(scope.Db, kind, planId, itemId, ct));
    }

    private static async Task<Results<Ok<Editable<StructureFields>>, ValidationProblem, NotFound, ProblemHttpResult>> Move(
        int planId, string level, int itemId, MoveRequest request, AuthoringScope scope, CancellationToken ct)
    {
        var kind = StructureLevel.From(level)!;
        var result = await StructureCommands.MoveAsync(scope, kind, planId, itemId, request.Version, request.Direction, ct);
        return await AuthoringApi.Answer(result, scope, async () => TypedResults.Ok(await StructureCommands.ReadAsync(scope.Db, kind, planId, itemId, ct)),
            async () => await StructureCommands.ReadAsync(scope.Db, kind, planId, itemId, ct));
    }
}
