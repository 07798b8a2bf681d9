using System.Globalization;
using Avance.Data;
using Avance.Features.Accounts;
using Avance.Features.Reporting.Entry.Rules;
using Avance.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Reporting.Entry;

/// <summary>An activity's implementation status for a period, with its narrative; saved as a draft or submitted.</summary>
[Authorize(Policy = Permissions.ReportValues)]
public sealed class ActivityEntryModel(AvanceDb db, ActivityEntry entry, UiText text) : PageModel
{
    public PeriodRow Period { get; private set; } = null!;
    public ActivityEntryRow Activity { get; private set; } = null!;
    public List<HistoryRow> History { get; private set; } = [];
    public IReadOnlyList<EntryProblem> Problems { get; private set; } = [];
    public ActivitySnapshot? Current { get; private set; }
    public string? Refusal { get; private set; }

    [BindProperty] public string? Status { get; set; }
    [BindProperty] public string? NarrativeEnglish { get; set; }
    [BindProperty] public string? NarrativeSpanish { get; set; }
    [BindProperty] public int Version { get; set; }
    [FromQuery(Name = "done")] public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(int periodId, int activityId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(periodId, activityId, cancellationToken)) return NotFound();
        if (!Caller.From(User)!.ActsForAny(Activity.OrganisationIds)) return Forbid();
        Status = Activity.Status?.ToString();
        NarrativeEnglish = Activity.NarrativeEnglish;
        NarrativeSpanish = Activity.NarrativeSpanish;
        Version = Activity.Version;
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(int periodId, int activityId, CancellationToken cancellationToken) =>
        SaveAsync(periodId, activityId, EntryMode.Draft, cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(int periodId, int activityId, CancellationToken cancellationToken) =>
        SaveAsync(periodId, activityId, EntryMode.Submit, cancellationToken);

    private async Task<IActionResult> SaveAsync(int periodId, int activityId, EntryMode mode, CancellationToken cancellationToken)
    {
        var input = new ActivityInput(Status, NarrativeEnglish ?? "", NarrativeSpanish ?? "");
        var outcome = await entry.SaveAsync(Caller.From(User)!, periodId, activityId, input, Version, mode, cancellationToken);
        switch (outcome.Status)
        {
            case EntryStatus.NotFound: return NotFound();
            case EntryStatus.Forbidden: return Forbid();
            case EntryStatus.Saved: return Redirect($"{Address(periodId, activityId)}?done={(mode == EntryMode.Submit ? "submitted" : "saved")}");
        }
        if (!await LoadAsync(periodId, activityId, cancellationToken)) return NotFound();
        Problems = outcome.Problems;
        Current = outcome.Current;
        if (outcome.Status is EntryStatus.PeriodNotOpen or EntryStatus.Locked) Refusal = text["Reporting_Refused_" + outcome.Status];
        // After a conflict the form carries the version just read, so saving again is a deliberate choice over the other person's report.
        if (outcome.Status == EntryStatus.Conflict) Version = Activity.Version;
        return Page();
    }

    private async Task<bool> LoadAsync(int periodId, int activityId, CancellationToken cancellationToken)
    {
        if (await EntryQueries.Period(db, periodId, cancellationToken) is not { } period) return false;
        var activities = await ActivityEntries.List(db, period, new EntryScope(null, ActivityId: activityId), Languages.Current, cancellationToken);
        if (activities.Count == 0) return false;
        Period = period;
        Activity = activities[0];
        var reportId = await db.ActivityStatusReports.Where(r => r.ActivityId == activityId && r.ReportingPeriodId == periodId)
            .Select(r => (int?)r.Id).FirstOrDefaultAsync(cancellationToken);
        History = await EntryHistory.ForActivity(db, reportId, text, cancellationToken);
        return true;
    }

    public string Address(int periodId, int activityId) =>
        $"/{Languages.Current}/workspace/reporting/{periodId.ToString(CultureInfo.InvariantCulture)}/activities/{activityId.ToString(CultureInfo.InvariantCulture)}";

    public IEnumerable<EntryProblem> ProblemsFor(params string[] fields) => Problems.Where(p => fields.Contains(p.Field));
}
