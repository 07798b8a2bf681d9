using Avance.Features.Accounts;
using Avance.Features.Reporting.Entry;

namespace Avance.Features.Reporting.Templates;

/// <summary>Applies a template that passed its dry run: every change as a draft, through the entry service, all or none.</summary>
public sealed class TemplateImport(TemplateCheck check, ValueEntry entry)
{
    /// <summary>Checks the file again (it may have been changed, or someone may have saved since the dry run) and applies it when it still passes.</summary>
    public async Task<TemplateReport> ApplyAsync(Caller caller, PeriodRow period, Stream content, CancellationToken cancellationToken)
    {
        var report = await check.CheckAsync(caller, period, content, cancellationToken);
        if (!report.CanApply) return report;
        await entry.ApplyAsync(caller, report.Entries, cancellationToken);
        report.Applied = report.Entries.All(e => e.Status == EntryStatus.Saved);
        if (report.Applied) return report;
        // Someone saved between the check and the save: nothing was written; the fresh check lists whose values changed.
        content.Position = 0;
        return await check.CheckAsync(caller, period, content, cancellationToken);
    }
}
