using Avance.Data;
using Avance.Features.Accounts;
using Avance.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace Avance.Features.Assessments.Workspace;

/// <summary>The coordinator's public reply to an assessment.</summary>
[Authorize(Policy = Permissions.ReplyToAssessments)]
public sealed class ReplyModel(AvanceDb db, UiText text, TimeProvider clock, IOutputCacheStore cache) : AssessmentActionModel(db, text)
{
    protected override string HiddenProblemKey => "Assessments_Rule_Hidden";

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public string? Language { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        Language = Languages.Current;
        return await ShowAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var result = await AssessmentChanges.ReplyAsync(Db, cache, Caller.From(User)!, id, Version, Text, Language, clock.GetUtcNow(), cancellationToken);
        return await AnswerAsync(id, result, "replied", cancellationToken);
    }
}
