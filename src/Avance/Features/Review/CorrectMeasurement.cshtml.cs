using System.Globalization;
using Avance.Data;
using Avance.Features.Accounts;
using Avance.Features.Indicators;
using Avance.Features.Reporting;
using Avance.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Avance.Features.Review;

/// <summary>Correcting a published value with a reason; the public page then shows it as revised.</summary>
[Authorize(Policy = Permissions.CorrectPublished)]
public sealed class CorrectMeasurementModel(AvanceDb db, ValueCorrection correction, UiText text) : WorkflowPageModel(text)
{
    /// <summary>As typed: a number (a number field sends it with a point), 1 or 0 for yes/no, or words.</summary>
    [BindProperty] public string? Value { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public int? Version { get; set; }

    public MeasurementDetail Detail { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        var input = Detail.Indicator.Type == IndicatorType.Qualitative
            ? new CorrectionInput(null, Value, Version, Reason)
            : new CorrectionInput(Number(Value), null, Version, Reason);
        var outcome = await correction.CorrectAsync(Caller, id, input, cancellationToken);
        if (outcome.Succeeded) return Redirect(WorkspacePath($"review/measurements/{id}?done=corrected"));
        if (Failed(outcome) is { } answer) return answer;
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public override string? Unsaved => CanCorrect ? null : Reason;

    public bool CanCorrect => Detail.Value.Status == MeasurementStatus.Published;

    /// <summary>Unreadable text is no number: the command then says the value is not a number, next to the field.</summary>
    private static decimal? Number(string? text) =>
        decimal.TryParse(text?.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number : null;

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await ReviewQueries.Measurement(db, id, Language, cancellationToken) is not { } detail) return false;
        Detail = detail;
        return true;
    }
}
