using Avance.Web;

namespace Avance.Features.Review;

/// <summary>A command that did not succeed, as the API answers it: 404, 403, or ProblemDetails in the request's language.</summary>
internal static class OutcomeResults
{
    public static IResult AsProblem(this CommandOutcome outcome, UiText text) => outcome.Kind switch
    {
        OutcomeKind.Done => throw new InvalidOperationException("A command that succeeded has no problem to report."),
        OutcomeKind.NotFound => TypedResults.NotFound(),
        OutcomeKind.Forbidden => TypedResults.Forbid(),
        OutcomeKind.Invalid => TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [outcome.Field!] = [ReviewText.Rule(text, outcome.Code!)] },
            title: text["Review_InvalidTitle"],
            extensions: new Dictionary<string, object?> { ["code"] = outcome.Code }),
        OutcomeKind.Refused => TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: text["Review_RefusedTitle"],
            detail: ReviewText.Rule(text, outcome.Code!),
            extensions: new Dictionary<string, object?> { ["code"] = outcome.Code }),
        _ => TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: text["Review_ConflictTitle"],
            detail: ReviewText.Conflict(text, outcome.Conflict!),
            extensions: new Dictionary<string, object?>
            {
                ["code"] = outcome.Code,
                ["currentState"] = outcome.Conflict!.CurrentState,
                ["currentVersion"] = outcome.Conflict.CurrentVersion,
                ["lastChange"] = outcome.Conflict.LastChange,
            }),
    };
}
