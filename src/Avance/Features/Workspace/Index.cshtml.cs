using Avance.Data;
using Avance.Features.Accounts;
using Avance.Features.Review;
using Avance.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Avance.Features.Workspace;

/// <summary>Where signing in lands: for each kind of account, what there is to do now.</summary>
[Authorize]
public sealed class IndexModel(AvanceDb db, TimeProvider clock) : PageModel
{
    public WorkspaceHome Home { get; private set; } = null!;
    public Caller Caller { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Caller = Caller.From(User)!;
        Home = await WorkspaceQueries.For(db, Caller, Languages.Current, DeadlineRow.Today(clock), cancellationToken);
    }
}
