using Avance.Features.Accounts;
using Avance.Features.Audit;
using Avance.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Authoring;

/// <summary>
/// What every workspace page for plan authors shares: the permission, the scope commands run in, the field errors and
/// the problem (a conflict or a refusal) the page shows, and the item's history from the audit trail.
/// </summary>
[Authorize(Policy = Permissions.AuthorPlans)]
public abstract class AuthoringPage(AuthoringScope scope) : PageModel
{
    public const string ErrorsKey = "Avance.Authoring.FieldErrors";
    private const string NoticeKey = "Avance.Authoring.Notice";

    protected AuthoringScope Scope => scope;
    public UiText Text => scope.Text;
    public FieldErrors Errors { get; private set; } = new();
    /// <summary>Why the save did not happen, when it is not a field's fault: someone else saved first, or a rule of the plan.</summary>
    public string? Problem { get; protected set; }
    /// <summary>Said once on the page a save leads to ("Saved.").</summary>
    public string? Notice => TempData[NoticeKey] as string;
    public IReadOnlyList<AuditEntry> History { get; private set; } = [];

    public static string Workspace => $"/{Languages.Current}/workspace/plans";
    public static string PlanUrl(int planId) => $"{Workspace}/{planId}";

    protected void ShowErrors(FieldErrors errors)
    {
        Errors = errors;
        ViewData[ErrorsKey] = errors;
    }

    /// <summary>After a conflict: beside each field, what the other person saved in it where it differs from this editor's value.</summary>
    protected void ShowTheirs(object mine, object theirs, IReadOnlyDictionary<string, string> choicePrefixes,
        IReadOnlyDictionary<string, IReadOnlyList<Option>> options) =>
        ViewData[FormValues.TheirsKey] = new FormValues(Text, choicePrefixes, options).Differing(mine, theirs);

    protected async Task LoadHistoryAsync(string itemType, int id, CancellationToken cancellationToken) =>
        History = await AuditTrail.For(Scope.Db, itemType, id).ToListAsync(cancellationToken);

    /// <summary>After a save: say so on the next page, and go there (a redirect, so reloading it does not post again).</summary>
    protected IActionResult Saved(string url, string? notice = null)
    {
        TempData[NoticeKey] = notice ?? Text["Authoring_Saved"];
        return LocalRedirect(url);
    }

    /// <summary>
    /// A command that did not save: the form again with its errors, or the problem; 404 for a missing item.
    /// <paramref name="reload"/> prepares the page (options, history, the other person's values on a conflict).
    /// </summary>
    protected async Task<IActionResult> NotSavedAsync(AuthoringResult result, Func<Task> reload)
    {
        if (result.Kind == ResultKind.NotFound) return NotFound();
        if (result.Kind == ResultKind.Invalid) ShowErrors(result.Errors);
        else Problem = result.Message;
        Response.StatusCode = result.Kind switch
        {
            ResultKind.Invalid => StatusCodes.Status400BadRequest,
            _ => StatusCodes.Status409Conflict,
        };
        await reload();
        return Page();
    }

    /// <summary>A form whose fields could not be read (a year that is not a number …) is shown again without running the command.</summary>
    protected async Task<IActionResult> UnreadableAsync(FieldErrors errors, Func<Task> reload)
    {
        ShowErrors(errors);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await reload();
        return Page();
    }
}
