namespace Avance.Features.Authoring;

public enum ResultKind { Saved, Invalid, NotFound, Conflict, Refused }

/// <summary>
/// How an authoring command ended, for pages and the API alike. <see cref="ResultKind.Conflict"/>: someone else saved
/// first and nothing was written; <see cref="ResultKind.Refused"/>: the change would break a rule of the plan (removing
/// an item with reported values), said in <see cref="Message"/>.
/// </summary>
public sealed record AuthoringResult(ResultKind Kind)
{
    public int Id { get; init; }
    public FieldErrors Errors { get; init; } = new();
    public string? Message { get; init; }

    public static AuthoringResult Saved(int id) => new(ResultKind.Saved) { Id = id };
    public static AuthoringResult Invalid(FieldErrors errors) => new(ResultKind.Invalid) { Errors = errors };
    public static readonly AuthoringResult NotFound = new(ResultKind.NotFound);
    public static AuthoringResult Conflict(string message) => new(ResultKind.Conflict) { Message = message };
    public static AuthoringResult Refused(string message) => new(ResultKind.Refused) { Message = message };
}
