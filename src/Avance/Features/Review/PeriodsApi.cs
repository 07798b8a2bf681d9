using System.Security.Claims;
using Avance.Data;
using Avance.Features.Accounts;
using Avance.Web;
using Microsoft.AspNetCore.Mvc;

namespace Avance.Features.Review;

public sealed record CreatePeriodRequest(int? PlanId, string? Label, DateOnly? StartsOn, DateOnly? EndsOn);

public sealed record OpenPeriodRequest(DateOnly? Deadline, int? Version);

/// <summary>The version of the item the caller last read: a change based on an older one is answered with 409.</summary>
public sealed record VersionRequest(int? Version);

/// <summary>Reporting periods through the API with a token: list, create, open, close, publish, and the status board.</summary>
public static class PeriodsApi
{
    public static RouteGroupBuilder MapPeriodsApi(this RouteGroupBuilder group)
    {
        group.MapGet("/periods", List).RequirePermission(Permissions.ViewWorkspace)
            .WithSummary("Every reporting period of every plan, with its state, deadline and version.");
        group.MapGet("/periods/{id:int}", Detail).RequirePermission(Permissions.ViewWorkspace)
            .WithSummary("One reporting period with its deadline (days left, negative when overdue) and its audit history.");
        group.MapPost("/periods", Create).RequirePermission(Permissions.ManagePeriods)
            .WithSummary("Creates a planned reporting period for a plan: label (unique in the plan), start and end dates.");
        group.MapPost("/periods/{id:int}/open", Open).RequirePermission(Permissions.ManagePeriods)
            .WithSummary("Opens a planned (or reopens a closed) period for reporting, with a deadline. Send the period's version.");
        group.MapPost("/periods/{id:int}/close", Close).RequirePermission(Permissions.ManagePeriods)
            .WithSummary("Closes an open period: agencies stop reporting; review goes on. Send the period's version.");
        group.MapPost("/periods/{id:int}/publish", Publish).RequirePermission(Permissions.PublishPeriods)
            .WithSummary("Publishes a closed period: its approved values and activity reports become public. Refused while anything "
                + "awaits review. Send the period's version.");
        group.MapGet("/periods/{id:int}/board", Board).RequirePermission(Permissions.ViewWorkspace)
            .WithSummary("The status board: per organisation and indicator or activity, how many values are draft, submitted, returned, "
                + "approved, published, or whether nothing was reported. Focal points see their organisation's items only. "
                + "Optional state filter: missing, draft, submitted, returned, approved, published.");
        return group;
    }

    private static async Task<IResult> List(AvanceDb db, CancellationToken ct) =>
        TypedResults.Ok(await PeriodQueries.All(db, Languages.Current, ct));

    private static async Task<IResult> Detail(int id, AvanceDb db, TimeProvider clock, CancellationToken ct) =>
        await PeriodQueries.Detail(db, id, Languages.Current, DeadlineRow.Today(clock), ct) is { } detail ? TypedResults.Ok(detail) : TypedResults.NotFound();

    private static async Task<IResult> Create(CreatePeriodRequest request, ClaimsPrincipal user, PeriodWorkflow workflow, AvanceDb db, UiText text,
        CancellationToken ct)
    {
        var outcome = await workflow.CreateAsync(Caller.From(user)!, request.PlanId, request.Label, request.StartsOn, request.EndsOn, ct);
        if (!outcome.Succeeded) return outcome.AsProblem(text);
        var created = await PeriodQueries.Find(db, outcome.Id!.Value, Languages.Current, ct);
        return TypedResults.Created($"/api/v1/periods/{created!.Id}", created);
    }

    private static async Task<IResult> Open(int id, OpenPeriodRequest request, ClaimsPrincipal user, PeriodWorkflow workflow, AvanceDb db,
        UiText text, CancellationToken ct) =>
        await Current(await workflow.OpenAsync(Caller.From(user)!, id, request.Deadline, request.Version, ct), id, db, text, ct);

    private static async Task<IResult> Close(int id, VersionRequest request, ClaimsPrincipal user, PeriodWorkflow workflow, AvanceDb db,
        UiText text, CancellationToken ct) =>
        await Current(await workflow.CloseAsync(Caller.From(user)!, id, request.Version, ct), id, db, text, ct);

    private static async Task<IResult> Publish(int id, VersionRequest request, ClaimsPrincipal user, PeriodPublication publication, AvanceDb db,
        UiText text, CancellationToken ct) =>
        await Current(await publication.PublishAsync(Caller.From(user)!, id, request.Version, ct), id, db, text, ct);

    private static async Task<IResult> Board(int id, [FromQuery] string? state, ClaimsPrincipal user, AvanceDb db, TimeProvider clock, UiText text,
        CancellationToken ct)
    {
        if (!BoardFilter.TryRead(state, out var filter))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["state"] = [text["Review_Rule_board.state-unknown"]] },
                title: text["Review_InvalidTitle"]);
        return await BoardQueries.For(db, id, Caller.From(user)!, filter, Languages.Current, DeadlineRow.Today(clock), ct) is { } board
            ? TypedResults.Ok(board)
            : TypedResults.NotFound();
    }

    /// <summary>After a change, the period as it now is, with the version the next change must send.</summary>
    private static async Task<IResult> Current(CommandOutcome outcome, int id, AvanceDb db, UiText text, CancellationToken ct) =>
        outcome.Succeeded
            ? TypedResults.Ok(await PeriodQueries.Find(db, id, Languages.Current, ct))
            : outcome.AsProblem(text);
}
