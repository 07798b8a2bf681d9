using Avance.Data;
using Avance.Features.Accounts;
using Avance.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Avance.Features.Review;

[Authorize(Policy = Permissions.ViewWorkspace)]
public sealed class PeriodModel(AvanceDb db, TimeProvider clock) : PageModel
{
    /// <summary>What a change page may report back after redirecting here; anything else in the address is ignored.</summary>
    private static readonly string[] Notices = ["created", "opened", "closed", "published"];

    public PeriodDetail Detail { get; private set; } = null!;
    public string? Done { get; private set; }
    public Caller Caller => Caller.From(User)!;

    public async Task<IActionResult> OnGetAsync(int id, string? done, CancellationToken cancellationToken)
    {
        if (await PeriodQueries.Detail(db, id, Languages.Current, DeadlineRow.Today(clock), cancellationToken) is not { } detail) return NotFound();
        Detail = detail;
        Done = Notices.FirstOrDefault(n => n == done);
        return Page();
    }
}
