using Avance.Data;
using Avance.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Avance.Features.Assessments.Workspace;

/// <summary>
/// What the reply and hide pages share: the assessment shown as it is now, the version the form answers, and how an
/// outcome is told. On a conflict the page shows the assessment as someone else left it, keeps what was typed, and
/// takes the new version, so sending again is a deliberate answer to what is now there.
/// </summary>
public abstract class AssessmentActionModel(AvanceDb db, UiText text) : PageModel
{
    protected AvanceDb Db { get; } = db;

    [BindProperty]
    public int Version { get; set; }

    public AssessmentRecord Record { get; private set; } = null!;
    /// <summary>Why nothing was saved, when it is not one field's fault.</summary>
    public string? Problem { get; private set; }
    public FieldError? FieldProblem { get; private set; }

    /// <summary>What the page says instead of showing its form when the assessment is hidden.</summary>
    protected abstract string HiddenProblemKey { get; }

    public string? ErrorFor(string field) => FieldProblem?.Field == field ? FieldProblem.Message(text) : null;

    protected async Task<IActionResult> ShowAsync(int id, CancellationToken cancellationToken)
    {
        if (await AssessmentRecord.LoadAsync(Db, id, cancellationToken) is not { } record) return NotFound();
        Record = record;
        Version = record.Row.Version;
        if (record.Row.Hidden is not null) Problem ??= text[HiddenProblemKey];
        return Page();
    }

    protected async Task<IActionResult> AnswerAsync(int id, ChangeResult result, string done, CancellationToken cancellationToken)
    {
        switch (result.Outcome)
        {
            case ChangeOutcome.Done:
                return Redirect($"/{Languages.Current}/workspace/assessments/{id}?done={done}");
            case ChangeOutcome.NotFound:
                return NotFound();
            case ChangeOutcome.Conflict:
                Problem = text["Assessments_ConflictPage"];
                return await ShowAsync(id, cancellationToken);
            case ChangeOutcome.RuleBroken when AssessmentRules.IsStateRule(result.RuleCode!):
                Problem = AssessmentRules.Error(result.RuleCode!).Message(text);
                return await ShowAsync(id, cancellationToken);
            default:
                FieldProblem = AssessmentRules.Error(result.RuleCode!);
                var version = Version;
                var shown = await ShowAsync(id, cancellationToken);
                // A field's mistake is not a conflict: the form still answers the version it was opened on.
                Version = version;
                return shown;
        }
    }
}
