using System.Globalization;
using Avance.Data;
using Avance.Features.Accounts;
using Avance.Features.Reporting.Entry;
using Avance.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Avance.Features.Reporting.Templates;

/// <summary>
/// Uploading a filled-in template: first a dry run that lists every problem by sheet, row and column, or every change;
/// then, if the person confirms, the same file is checked again and applied as drafts. The checked file travels to the
/// confirmation inside the form, so nothing is kept on the server in between.
/// </summary>
[Authorize(Policy = Permissions.ReportValues)]
public sealed class TemplateUploadModel(AvanceDb db, TemplateCheck check, TemplateImport import) : PageModel
{
    public PeriodRow Period { get; private set; } = null!;
    public TemplateReport? Report { get; private set; }
    public string? FileProblem { get; private set; }
    /// <summary>The checked file, for the confirmation form.</summary>
    public string? Checked { get; private set; }

    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty(Name = "Checked")] public string? PostedFile { get; set; }
    [FromQuery(Name = "organisation")] public int? Organisation { get; set; }

    public async Task<IActionResult> OnGetAsync(int periodId, CancellationToken cancellationToken) =>
        await LoadAsync(periodId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCheckAsync(int periodId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(periodId, cancellationToken)) return NotFound();
        if (Upload is null || Upload.Length == 0 || Upload.Length > TemplateEndpoints.MaxUploadBytes)
        {
            FileProblem = TemplateEndpoints.FileRequired();
            return Page();
        }
        using var content = new MemoryStream();
        await Upload.CopyToAsync(content, cancellationToken);
        content.Position = 0;
        Report = await check.CheckAsync(Caller.From(User)!, Period, content, cancellationToken);
        if (Report.Forbidden) return Forbid();
        if (Report.CanApply) Checked = Convert.ToBase64String(content.ToArray());
        return Page();
    }

    public async Task<IActionResult> OnPostApplyAsync(int periodId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(periodId, cancellationToken)) return NotFound();
        var bytes = new byte[PostedFile?.Length ?? 0];
        if (PostedFile is null || !Convert.TryFromBase64String(PostedFile, bytes, out var length) || length == 0 || length > TemplateEndpoints.MaxUploadBytes)
        {
            FileProblem = TemplateEndpoints.FileRequired();
            return Page();
        }
        using var content = new MemoryStream(bytes, 0, length);
        Report = await import.ApplyAsync(Caller.From(User)!, Period, content, cancellationToken);
        if (Report.Forbidden) return Forbid();
        if (Report.Applied)
            return Redirect($"/{Languages.Current}/workspace/reporting/{periodId.ToString(CultureInfo.InvariantCulture)}?applied={Report.Changes.Count.ToString(CultureInfo.InvariantCulture)}"
                + (Organisation is { } organisation ? $"&organisation={organisation.ToString(CultureInfo.InvariantCulture)}" : ""));
        if (Report.CanApply) Checked = PostedFile;
        return Page();
    }

    private async Task<bool> LoadAsync(int periodId, CancellationToken cancellationToken)
    {
        if (await EntryQueries.Period(db, periodId, cancellationToken) is not { } period) return false;
        Period = period;
        return true;
    }
}
