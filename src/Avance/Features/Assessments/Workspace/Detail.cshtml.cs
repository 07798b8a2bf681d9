using Avance.Data;
using Avance.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Avance.Features.Assessments.Workspace;

/// <summary>One assessment in the workspace: whole, with its history, and the reply and hide actions for those who may take them.</summary>
[Authorize]
public sealed class DetailModel(AvanceDb db) : PageModel
{
    private static readonly string[] Outcomes = ["filed", "replied", "hidden"];

    public AssessmentRecord Record { get; private set; } = null!;
    public bool MayReply { get; private set; }
    public bool MayHide { get; private set; }
    public bool ShowActors { get; private set; }
    /// <summary>What the person just did, to confirm it ("filed", "replied", "hidden").</summary>
    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, string? done, CancellationToken cancellationToken)
    {
        var caller = Caller.From(User)!;
        if (!AssessmentAccess.MayUseWorkspace(caller)) return Forbid();
        if (await AssessmentRecord.LoadAsync(db, id, cancellationToken) is not { } record) return NotFound();
        if (!AssessmentAccess.MaySee(caller, record.Row.OrganisationId)) return Forbid();
        Record = record;
        MayReply = caller.Has(Permissions.ReplyToAssessments) && record.Row.Hidden is null;
        MayHide = caller.Has(Permissions.ModerateAssessments) && record.Row.Hidden is null;
        ShowActors = AssessmentAccess.SeesAll(caller);
        Done = Outcomes.Contains(done) ? done : null;
        return Page();
    }
}
