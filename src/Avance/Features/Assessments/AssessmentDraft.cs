using Avance.Web;

namespace Avance.Features.Assessments;

/// <summary>
/// What an observer sends to file an assessment, from the form or the API, exactly as sent: nothing here has been
/// checked yet. Subject and rating are names ("Indicator", "SomeProgress"). OrganisationId, when given, must be the
/// observer's own organisation.
/// </summary>
public sealed record AssessmentDraft(
    string? Subject,
    int? SubjectId,
    int? PeriodId,
    string? Rating,
    decimal? OwnValue,
    string? Narrative,
    string? Language,
    string? Sources,
    int? OrganisationId = null);

/// <summary>What is wrong with one field of a request, as an interface-text key and the values it names.</summary>
public sealed record FieldError(string Field, string Key, params object[] Arguments)
{
    public string Message(UiText text) => text[Key, Arguments];
}

/// <summary>The outcome of filing: the new assessment, what was wrong with the draft, or a refusal (403).</summary>
public sealed record FilingResult(int? AssessmentId, IReadOnlyList<FieldError> Errors, bool Refused)
{
    public static readonly FilingResult NotAllowed = new(null, [], true);

    public static FilingResult Invalid(IReadOnlyList<FieldError> errors) => new(null, errors, false);

    public static FilingResult Filed(int id) => new(id, [], false);
}
