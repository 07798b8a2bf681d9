using System.Security.Claims;
using Avance.Data;
using Avance.Features.Accounts;
using Avance.Web;

namespace Avance.Features.Review;

public sealed record ReturnRequest(string? Reason, int? Version);

/// <summary>A value the reviewer saw, at the version they saw it.</summary>
public sealed record SeenValue(int MeasurementId, int Version);

/// <summary>Every submitted value of an indicator in a period, as the reviewer saw them; a reason when returning them.</summary>
public sealed record IndicatorDecisionRequest(IReadOnlyList<SeenValue>? Values, string? Reason);

/// <summary>Review, publication's prerequisite, and corrections through the API with a token.</summary>
public static class ReviewApi
{
    public static WebApplication MapReviewApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1").WithTags("Review");
        group.MapPeriodsApi();
        group.MapGet("/periods/{id:int}/review", Queue).RequirePermission(Permissions.ReviewValues)
            .WithSummary("What awaits review in a period: submitted values by indicator, and submitted activity reports, each with its version.");
        group.MapPost("/periods/{periodId:int}/indicators/{indicatorId:int}/approve",
                (int periodId, int indicatorId, IndicatorDecisionRequest request, ClaimsPrincipal user, ValueReview review, UiText text, CancellationToken ct) =>
                    DecideIndicator(periodId, indicatorId, Decision.Approve, request, user, review, text, ct))
            .RequirePermission(Permissions.ReviewValues)
            .WithSummary("Approves every submitted value of an indicator in a period at once; send each value's id and version as read.");
        group.MapPost("/periods/{periodId:int}/indicators/{indicatorId:int}/return",
                (int periodId, int indicatorId, IndicatorDecisionRequest request, ClaimsPrincipal user, ValueReview review, UiText text, CancellationToken ct) =>
                    DecideIndicator(periodId, indicatorId, Decision.Return, request, user, review, text, ct))
            .RequirePermission(Permissions.ReviewValues)
            .WithSummary("Returns every submitted value of an indicator in a period to the agency with one reason (at most 2,000 characters).");
        group.MapGet("/measurements/{id:int}/history", MeasurementHistory).RequirePermission(Permissions.ReviewValues)
            .WithSummary("One reported value with its status, version, every recorded figure (revisions) and its audit history.");
        group.MapPost("/measurements/{id:int}/approve",
                (int id, VersionRequest request, ClaimsPrincipal user, ValueReview review, UiText text, CancellationToken ct) =>
                    Answer(review.DecideMeasurementAsync(Caller.From(user)!, id, Decision.Approve, request.Version, null, ct), text))
            .RequirePermission(Permissions.ReviewValues)
            .WithSummary("Approves a submitted value, which locks it until publication. Send its version; 409 if someone changed it since.");
        group.MapPost("/measurements/{id:int}/return",
                (int id, ReturnRequest request, ClaimsPrincipal user, ValueReview review, UiText text, CancellationToken ct) =>
                    Answer(review.DecideMeasurementAsync(Caller.From(user)!, id, Decision.Return, request.Version, request.Reason, ct), text))
            .RequirePermission(Permissions.ReviewValues)
            .WithSummary("Returns a submitted value to its agency with a reason (required, at most 2,000 characters). Send its version.");
        group.MapPost("/measurements/{id:int}/corrections",
                (int id, CorrectionInput request, ClaimsPrincipal user, ValueCorrection correction, UiText text, CancellationToken ct) =>
                    Answer(correction.CorrectAsync(Caller.From(user)!, id, request, ct), text))
            .RequirePermission(Permissions.CorrectPublished)
            .WithSummary("Corrects a published value with a reason: a new revision that the public indicator page shows as revised, "
                + "keeping the earlier figure in its history. Value is a number (1/0 for yes/no); textValue for qualitative indicators.");
        group.MapPost("/activity-reports/{id:int}/approve",
                (int id, VersionRequest request, ClaimsPrincipal user, ValueReview review, UiText text, CancellationToken ct) =>
                    Answer(review.DecideActivityReportAsync(Caller.From(user)!, id, Decision.Approve, request.Version, null, ct), text))
            .RequirePermission(Permissions.ReviewValues)
            .WithSummary("Approves a submitted activity status report. Send its version.");
        group.MapPost("/activity-reports/{id:int}/return",
                (int id, ReturnRequest request, ClaimsPrincipal user, ValueReview review, UiText text, CancellationToken ct) =>
                    Answer(review.DecideActivityReportAsync(Caller.From(user)!, id, Decision.Return, request.Version, request.Reason, ct), text))
            .RequirePermission(Permissions.ReviewValues)
            .WithSummary("Returns a submitted activity status report to its agency with a reason. Send its version.");
        return app;
    }

    private static async Task<IResult> Queue(int id, AvanceDb db, CancellationToken ct) =>
        await ReviewQueries.Queue(db, id, Languages.Current, ct) is { } queue ? TypedResults.Ok(queue) : TypedResults.NotFound();

    private static async Task<IResult> MeasurementHistory(int id, AvanceDb db, CancellationToken ct) =>
        await ReviewQueries.Measurement(db, id, Languages.Current, ct) is { } detail ? TypedResults.Ok(detail) : TypedResults.NotFound();

    private static Task<IResult> DecideIndicator(int periodId, int indicatorId, Decision decision, IndicatorDecisionRequest request,
        ClaimsPrincipal user, ValueReview review, UiText text, CancellationToken ct) =>
        Answer(review.DecideIndicatorAsync(Caller.From(user)!, periodId, indicatorId, decision,
            (request.Values ?? []).GroupBy(v => v.MeasurementId).ToDictionary(g => g.Key, g => g.Last().Version), request.Reason, ct), text);

    private static async Task<IResult> Answer(Task<CommandOutcome> command, UiText text)
    {
        var outcome = await command;
        return outcome.Succeeded ? TypedResults.NoContent() : outcome.AsProblem(text);
    }
}
