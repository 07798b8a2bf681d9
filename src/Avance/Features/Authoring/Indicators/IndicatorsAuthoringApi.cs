using Microsoft.AspNetCore.Http.HttpResults;

namespace Avance.Features.Authoring;

/// <summary>A plan's indicators under /api/v1/plans/{planId}/indicators.</summary>
internal static class IndicatorsAuthoringApi
{
    public static RouteGroupBuilder MapAuthoringIndicatorsApi(this RouteGroupBuilder group)
    {
        group.MapPost("/{planId:int}/indicators", Add)
            .WithSummary("Adds an indicator: code unique in the plan, wording, type, unit, direction, baseline, targets per year, periodicity, "
                + "data source, responsible organisation, disaggregations, SDG (\"5.5.1\") and resolution 1325 (\"1\"–\"26\") indicators.");
        group.MapGet("/{planId:int}/indicators/{indicatorId:int}", Get).WithSummary("An indicator's fields and version.");
        group.MapPut("/{planId:int}/indicators/{indicatorId:int}", Update).WithSummary("Replaces an indicator's fields; 409 on a stale version.");
        group.MapDelete("/{planId:int}/indicators/{indicatorId:int}", Remove)
            .WithSummary("Removes an indicator; 409 says why when it has reported values, assessments or a successor in a later plan.");
        return group;
    }

    private static async Task<Results<Created<Editable<IndicatorFields>>, ValidationProblem, NotFound, ProblemHttpResult>> Add(
        int planId, IndicatorFields fields, AuthoringScope scope, CancellationToken ct)
    {
        var result = await IndicatorCommands.AddAsync(scope, planId, fields, ct);
        return await AuthoringApi.Answer(result, scope, async () => TypedResults.Created(
            $"/api/v1/plans/{planId}/indicators/{result.Id}", await IndicatorCommands.ReadAsync(scope.Db, planId, result.Id, ct)));
    }

    private static async Task<Results<Ok<Editable<IndicatorFields>>, NotFound>> Get(int planId, int indicatorId, AuthoringScope scope, CancellationToken ct) =>
        await IndicatorCommands.ReadAsync(scope.Db, planId, indicatorId, ct) is { } indicator ? TypedResults.Ok(indicator) : TypedResults.NotFound();

    private static async Task<Results<Ok<Editable<IndicatorFields>>, ValidationProblem, NotFound, ProblemHttpResult>> Update(
        int planId, int indicatorId, EditRequest<IndicatorFields> request, AuthoringScope scope, CancellationToken ct)
    {
        var result = await IndicatorCommands.UpdateAsync(scope, planId, indicatorId, request.Version, request.Fields ?? new(), ct);
        return await AuthoringApi.Answer(result, scope, async () => TypedResults.Ok(await IndicatorCommands.ReadAsync(scope.Db, planId, indicatorId, ct)),
            async () => await IndicatorCommands.ReadAsync(scope.Db, planId, indicatorId, ct));
    }

    private static async Task<Results<NoContent, ValidationProblem, NotFound, ProblemHttpResult>> Remove(
        int planId, int indicatorId, int? version, AuthoringScope scope, CancellationToken ct)
    {
        if (version is null) return AuthoringAnswers.VersionMissing(scope.Text);
        var result = await IndicatorCommands.RemoveAsync(scope, planId, indicatorId, version.Value, ct);
        return await AuthoringApi.Answer(result, scope, () => Task.FromResult(TypedResults.NoContent()),
            async () => await IndicatorCommands.ReadAsync(scope.Db, planId, indicatorId, ct));
    }
}
