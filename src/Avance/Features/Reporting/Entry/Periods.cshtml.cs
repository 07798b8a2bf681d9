using Avance.Data;
using Avance.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Avance.Features.Reporting.Entry;

/// <summary>The periods open for reporting, the way into each one's worklist.</summary>
[Authorize(Policy = Permissions.ReportValues)]
public sealed class PeriodsModel(AvanceDb db) : PageModel
{
    public List<PeriodRow> Periods { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Periods = await EntryQueries.OpenPeriods(db, cancellationToken);
}
