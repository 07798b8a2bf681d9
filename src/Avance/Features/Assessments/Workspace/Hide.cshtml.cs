using Avance.Data;
using Avance.Features.Accounts;
using Avance.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace Avance.Features.Assessments.Workspace;

/// <summary>An administrator hides an abusive assessment; the reason is published in its place.</summary>
[Authorize(Policy = Permissions.ModerateAssessments)]
public sealed class HideModel(AvanceDb db, UiText text, TimeProvider clock, IOutputCacheStore cache) : AssessmentActionModel(db, text)
{
    protected override string HiddenProblemKey => "Assessments_Rule_AlreadyHidden";

    [BindProperty]
    public string? Reason { get; set; }

    public Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) => ShowAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var result = await AssessmentChanges.HideAsync(Db, cache, Caller.From(User)!, id, Version, Reason, clock.GetUtcNow(), cancellationToken);
        return await AnswerAsync(id, result, "hidden", cancellationToken);
    }
}
