using Avance.Features.Accounts;
using Avance.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Avance.Features.Review;

/// <summary>
/// A workspace page whose form runs a workflow command. A refusal or a conflict is told at the top of the page, a
/// wrong field next to that field, and the form is shown again with what was typed, so nothing is lost.
/// </summary>
public abstract class WorkflowPageModel(UiText text) : PageModel
{
    private readonly Dictionary<string, string> fieldProblems = [];

    public UiText Text { get; } = text;
    public string? Problem { get; private set; }
    public ConflictInfo? Conflict { get; private set; }
    public string Language => Languages.Current;

    protected Caller Caller => Caller.From(User)!;

    /// <summary>
    /// What the person typed that could not be saved and that the page no longer offers a form for (the item moved on
    /// meanwhile), shown back so it can be copied rather than typed again.
    /// </summary>
    public virtual string? Unsaved => null;

    /// <summary>The problem with a field ("reason", "deadline" …), if the last command found one.</summary>
    public string? FieldProblem(string field) => fieldProblems.GetValueOrDefault(field);

    /// <summary>A field's aria-describedby: its hint, and its problem (shown with the id "{field}-problem") when it has one.</summary>
    public string? DescribedBy(string field, string? hintId = null)
    {
        var ids = string.Join(' ', new[] { hintId, FieldProblem(field) is null ? null : field + "-problem" }.OfType<string>());
        return ids.Length == 0 ? null : ids;
    }

    /// <summary>What the field-problem partial shows for a field.</summary>
    public (string Field, string? Problem) ProblemOf(string field) => (field, FieldProblem(field));

    public string Invalid(string field) => FieldProblem(field) is null ? "false" : "true";

    /// <summary>
    /// Answers an outcome that did not succeed: 404 and 403 as such; otherwise records the problem for the page to
    /// show, sets 400 (a field to fix) or 409 (refused or overtaken by another change), and returns null so the
    /// handler reloads what the page shows and renders it.
    /// </summary>
    protected IActionResult? Failed(CommandOutcome outcome)
    {
        switch (outcome.Kind)
        {
            case OutcomeKind.NotFound: return NotFound();
            case OutcomeKind.Forbidden: return Forbid();
            case OutcomeKind.Invalid:
                fieldProblems[outcome.Field!] = ReviewText.Rule(Text, outcome.Code!);
                Problem = Text["Review_FixTheField"];
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return null;
            case OutcomeKind.Conflict:
                Conflict = outcome.Conflict;
                Problem = ReviewText.Conflict(Text, outcome.Conflict!);
                Response.StatusCode = StatusCodes.Status409Conflict;
                return null;
            default:
                Problem = ReviewText.Rule(Text, outcome.Code!);
                Response.StatusCode = StatusCodes.Status409Conflict;
                return null;
        }
    }

    protected string WorkspacePath(string path) => $"/{Language}/workspace/{path}";
}
