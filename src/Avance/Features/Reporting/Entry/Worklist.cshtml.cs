using Avance.Data;
using Avance.Features.Accounts;
using Avance.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Avance.Features.Reporting.Entry;

/// <summary>
/// What an organisation has to report for a period, and where each item stands. A focal point sees their
/// organisation's; coordinators and administrators choose an organisation, or see every one.
/// </summary>
[Authorize(Policy = Permissions.ReportValues)]
public sealed class WorklistModel(AvanceDb db) : PageModel
{
    public PeriodRow Period { get; private set; } = null!;
    public List<IndicatorEntryRow> Indicators { get; private set; } = [];
    public List<ActivityEntryRow> Activities { get; private set; } = [];
    public List<OrganisationChoice> Organisations { get; private set; } = [];
    public bool ChoosesOrganisation { get; private set; }

    [FromQuery(Name = "organisation")] public int? Organisation { get; set; }
    [FromQuery(Name = "applied")] public int? Applied { get; set; }

    public async Task<IActionResult> OnGetAsync(int periodId, CancellationToken cancellationToken)
    {
        if (await EntryQueries.Period(db, periodId, cancellationToken) is not { } period) return NotFound();
        var caller = Caller.From(User)!;
        ChoosesOrganisation = caller.ActsFor(null);
        if (!ChoosesOrganisation) Organisation = caller.OrganisationId;
        Period = period;
        var scope = new EntryScope(Organisation);
        Indicators = await IndicatorEntries.List(db, period, scope, Languages.Current, cancellationToken);
        Activities = await ActivityEntries.List(db, period, scope, Languages.Current, cancellationToken);
        if (ChoosesOrganisation) Organisations = await EntryQueries.Organisations(db, period.PlanId, Languages.Current, cancellationToken);
        return Page();
    }

    public string Base => $"/{Languages.Current}/workspace/reporting/{Period.Id}";

    public string TemplateAddress => $"{Base}/template.xlsx" + (Organisation is { } id ? $"?organisation={id}" : "");
}
