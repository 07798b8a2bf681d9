using Avance.Data;
using Avance.Features.Accounts;
using Avance.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Avance.Features.Review;

[Authorize(Policy = Permissions.ReviewValues)]
public sealed class ReviewQueueModel(AvanceDb db) : PageModel
{
    private static readonly string[] Notices = ["approved", "returned"];

    public ReviewQueue Queue { get; private set; } = null!;
    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, string? done, CancellationToken cancellationToken)
    {
        if (await ReviewQueries.Queue(db, id, Languages.Current, cancellationToken) is not { } queue) return NotFound();
        Queue = queue;
        Done = Notices.FirstOrDefault(n => n == done);
        return Page();
    }
}
