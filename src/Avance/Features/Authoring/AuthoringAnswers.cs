using Avance.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Avance.Features.Authoring;

/// <summary>How the API answers a command that did not save: 400 with field errors, 404, or 409 saying why (with the other person's values on a conflict).</summary>
internal static class AuthoringAnswers
{
    public static ValidationProblem Invalid(AuthoringResult result, UiText text) =>
        TypedResults.ValidationProblem(result.Errors.ForApi(), title: text["Authoring_InvalidTitle"]);

    public static ProblemHttpResult Problem(AuthoringResult result, UiText text, object? current = null) =>
        TypedResults.Problem(result.Message, statusCode: StatusCodes.Status409Conflict,
            title: text[result.Kind == ResultKind.Conflict ? "Authoring_ConflictTitle" : "Authoring_RefusedTitle"],
            extensions: current is null ? null : new Dictionary<string, object?> { ["current"] = current });

    public static ValidationProblem VersionMissing(UiText text)
    {
        var errors = new FieldErrors();
        new FieldChecks(errors, text).Add("Version", "Authoring_Error_Required");
        return TypedResults.ValidationProblem(errors.ForApi(), title: text["Authoring_InvalidTitle"]);
    }
}
