using Avance.Data;
using Avance.Features.Accounts;
using Avance.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Avance.Features.Review;

[Authorize(Policy = Permissions.ViewWorkspace)]
public sealed class PeriodsModel(AvanceDb db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<IGrouping<string, PeriodRow>> Plans { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public Caller Caller => Caller.From(User)!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = DeadlineRow.Today(clock);
        Plans = [.. (await PeriodQueries.All(db, Languages.Current, cancellationToken)).GroupBy(p => p.PlanCode)];
    }
}
