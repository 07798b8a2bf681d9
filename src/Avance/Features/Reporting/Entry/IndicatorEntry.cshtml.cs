using System.Globalization;
using Avance.Data;
using Avance.Features.Accounts;
using Avance.Features.Evidence;
using Avance.Features.Reporting.Entry.Rules;
using Avance.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Reporting.Entry;

/// <summary>
/// An indicator's values for a period: one input per combination, narrative, source and date; saved as a draft or
/// submitted; evidence attached to saved values. A refused post shows the form again with everything typed and each
/// problem next to its field.
/// </summary>
[Authorize(Policy = Permissions.ReportValues)]
public sealed class IndicatorEntryModel(AvanceDb db, ValueEntry entry, EvidenceUploads uploads, UiText text) : PageModel
{
    public PeriodRow Period { get; private set; } = null!;
    public IndicatorEntryRow Indicator { get; private set; } = null!;
    public List<FormRow> Rows { get; private set; } = [];
    public List<EntrySourceRow> Sources { get; private set; } = [];
    public List<HistoryRow> History { get; private set; } = [];
    public IReadOnlyList<EntryProblem> Problems { get; private set; } = [];
    public Dictionary<ValueField, List<EntryProblem>> ValueProblems { get; } = new(ReferenceEqualityComparer.Instance);
    public IReadOnlyList<EntryConflict> Conflicts { get; private set; } = [];
    /// <summary>A problem with the whole entry or the upload (period closed, nothing to submit, a refused file), in the page's language.</summary>
    public string? Refusal { get; private set; }
    public long MaxEvidenceBytes => uploads.MaxBytes;

    [BindProperty] public List<ValueField> Values { get; set; } = [];
    [BindProperty] public string? NarrativeEnglish { get; set; }
    [BindProperty] public string? NarrativeSpanish { get; set; }
    [BindProperty] public string? SourceId { get; set; }
    [BindProperty] public string? NewSourceTitle { get; set; }
    [BindProperty] public string? NewSourceUrl { get; set; }
    [BindProperty] public string? SourceDate { get; set; }
    [BindProperty] public string? EvidenceCombination { get; set; }
    [BindProperty] public IFormFile? EvidenceFile { get; set; }

    [FromQuery(Name = "done")] public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(int periodId, int indicatorId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(periodId, indicatorId, cancellationToken)) return NotFound();
        return Caller.From(User)!.ActsFor(Indicator.OrganisationId) ? ShowSaved() : Forbid();
    }

    public Task<IActionResult> OnPostSaveAsync(int periodId, int indicatorId, CancellationToken cancellationToken) =>
        SaveAsync(periodId, indicatorId, EntryMode.Draft, cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(int periodId, int indicatorId, CancellationToken cancellationToken) =>
        SaveAsync(periodId, indicatorId, EntryMode.Submit, cancellationToken);

    public async Task<IActionResult> OnPostEvidenceAsync(int periodId, int indicatorId, CancellationToken cancellationToken)
    {
        var outcome = await uploads.AddAsync(Caller.From(User)!, periodId, indicatorId, EvidenceCombination ?? "", EvidenceFile, cancellationToken);
        switch (outcome.Status)
        {
            case UploadStatus.NotFound: return NotFound();
            case UploadStatus.Forbidden: return Forbid();
            case UploadStatus.Added: return Redirect($"{Address(periodId, indicatorId)}?done=evidence#evidence");
        }
        if (!await LoadAsync(periodId, indicatorId, cancellationToken)) return NotFound();
        Refusal = text["Evidence_Problem_" + outcome.Status, EvidenceFormats.Describe(uploads.MaxBytes)];
        return ShowSaved();
    }

    private async Task<IActionResult> SaveAsync(int periodId, int indicatorId, EntryMode mode, CancellationToken cancellationToken)
    {
        var (values, fields) = EntryForm.Values(Values);
        var input = new EntryInput(values, NarrativeEnglish ?? "", NarrativeSpanish ?? "", Source(), SourceDate ?? "");
        var result = await entry.SaveAsync(Caller.From(User)!, periodId, indicatorId, input, mode, CultureInfo.CurrentCulture, cancellationToken);
        switch (result.Status)
        {
            case EntryStatus.NotFound: return NotFound();
            case EntryStatus.Forbidden: return Forbid();
            case EntryStatus.Saved: return Redirect($"{Address(periodId, indicatorId)}?done={(mode == EntryMode.Submit ? "submitted" : "saved")}");
        }
        if (!await LoadAsync(periodId, indicatorId, cancellationToken)) return NotFound();
        Problems = result.Problems;
        Conflicts = result.Conflicts;
        foreach (var problem in Problems.Where(p => p.ValueIndex is not null))
        {
            var field = fields[problem.ValueIndex!.Value];
            if (!ValueProblems.TryGetValue(field, out var list)) ValueProblems[field] = list = [];
            list.Add(problem);
        }
        if (result.Status is EntryStatus.PeriodNotOpen or EntryStatus.NothingToSubmit) Refusal = text["Reporting_Refused_" + result.Status];
        // After a conflict the form carries the versions just read, so saving again is a deliberate choice over the other person's values.
        Rows = EntryForm.Rows(Indicator, Values, takeSavedVersions: result.Status == EntryStatus.Conflict, CultureInfo.CurrentCulture);
        return Page();
    }

    /// <summary>The form filled with what is saved (after a refused upload too: nothing typed in the value fields was posted with the file).</summary>
    private PageResult ShowSaved()
    {
        NarrativeEnglish = Indicator.NarrativeEnglish;
        NarrativeSpanish = Indicator.NarrativeSpanish;
        SourceId = Indicator.Source?.Id.ToString(CultureInfo.InvariantCulture);
        SourceDate = Indicator.SourceDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Rows = EntryForm.Rows(Indicator, null, takeSavedVersions: true, CultureInfo.CurrentCulture);
        return Page();
    }

    private SourceChoice Source()
    {
        if (!string.IsNullOrWhiteSpace(NewSourceTitle) || !string.IsNullOrWhiteSpace(NewSourceUrl))
            return new SourceChoice.New(NewSourceTitle ?? "", NewSourceUrl ?? "");
        return int.TryParse(SourceId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? new SourceChoice.Existing(id) : new SourceChoice.None();
    }

    private async Task<bool> LoadAsync(int periodId, int indicatorId, CancellationToken cancellationToken)
    {
        if (await EntryQueries.Period(db, periodId, cancellationToken) is not { } period) return false;
        var indicators = await IndicatorEntries.List(db, period, new EntryScope(null, indicatorId), Languages.Current, cancellationToken);
        if (indicators.Count == 0) return false;
        Period = period;
        Indicator = indicators[0];
        Sources = await db.Sources.OrderBy(s => s.Title).Select(s => new EntrySourceRow(s.Id, s.Title, s.Url)).ToListAsync(cancellationToken);
        History = await EntryHistory.ForIndicator(db, Indicator, text, cancellationToken);
        return true;
    }

    public string Address(int periodId, int indicatorId) =>
        $"/{Languages.Current}/workspace/reporting/{periodId.ToString(CultureInfo.InvariantCulture)}/indicators/{indicatorId.ToString(CultureInfo.InvariantCulture)}";

    public string ProblemText(EntryProblem problem) => problem.Message(CultureInfo.CurrentUICulture);

    public IEnumerable<EntryProblem> ProblemsFor(params string[] fields) => Problems.Where(p => p.ValueIndex is null && fields.Contains(p.Field));
}
