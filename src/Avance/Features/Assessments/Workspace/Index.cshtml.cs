using Avance.Data;
using Avance.Features.Accounts;
using Avance.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Assessments.Workspace;

/// <summary>The workspace list: an observer's organisation's assessments, or every assessment for the coordinator and administrators.</summary>
[Authorize]
public sealed class IndexModel(AvanceDb db) : PageModel
{
    private const int PageSize = 25;

    public Paged<AssessmentRow> Assessments { get; private set; } = null!;
    public IReadOnlyDictionary<(AssessmentSubject, int), SubjectRow> Subjects { get; private set; } = new Dictionary<(AssessmentSubject, int), SubjectRow>();
    public bool MayFile { get; private set; }
    public bool SeesAll { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? page, CancellationToken cancellationToken)
    {
        var caller = Caller.From(User)!;
        if (!AssessmentAccess.MayUseWorkspace(caller)) return Forbid();
        if (PageRequest.TryCreate(page, PageSize, out _) is not { } request) return BadRequest();
        SeesAll = AssessmentAccess.SeesAll(caller);
        MayFile = caller.Has(Permissions.FileAssessments);
        var which = SeesAll ? db.Assessments : db.Assessments.Where(a => a.OrganisationId == caller.OrganisationId);
        var language = Languages.Current;
        var total = await which.CountAsync(cancellationToken);
        // Newest first: the list is where people look for what came in.
        var rows = await AssessmentQueries.Rows(db, which, language, newestFirst: true).Skip(request.Skip).Take(request.PageSize).ToListAsync(cancellationToken);
        Assessments = new Paged<AssessmentRow>(rows, request.Page, request.PageSize, total);
        if (!Assessments.Exists) return NotFound();
        Subjects = await AssessmentSubjects.FindAsync(db, rows.Select(r => (r.Subject, r.SubjectId)), language, cancellationToken);
        return Page();
    }

    public string PageUrl(int page) => $"/{Languages.Current}/workspace/assessments" + (page == 1 ? "" : $"?page={page}");
}
