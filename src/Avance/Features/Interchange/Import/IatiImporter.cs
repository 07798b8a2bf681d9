using System.Data.Common;
using Avance.Data;
using Avance.Features.Audit;
using Avance.Features.Interchange.Bulk;
using Avance.Features.Search;
using Avance.Iati.Model;
using Avance.Iati.Reading;
using Avance.Iati.Validation;
using Avance.Web;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Interchange.Import;

/// <summary>
/// Imports one IATI activity file, all or nothing: the activities streamed in batches inside one transaction while the
/// schema pass reads the same file on another thread. Strict (the default) writes nothing if any error is found;
/// lenient imports the valid activities and reports the rest. A file the schema refuses as a whole (not XML, truncated,
/// not IATI) is rolled back and its report holds only that refusal. Importing the same content again changes nothing;
/// a changed activity updates its outcome in place and the audit trail records what changed.
/// </summary>
public sealed class IatiImporter(AvanceDb db, IOutputCacheStore cache, TimeProvider clock)
{
    public async Task<ImportReport> ImportAsync(ImportRequest request, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var text = new ImportText(request.Culture);
        var report = new ImportReport(request.FileName, request.Lenient);
        var length = new FileInfo(request.Path).Length;
        await using var schema = SchemaPass.Start(request.Path, request.FileName, request.Culture);
        await using var transaction = await WriterQueue.BeginAsync(db, cancellationToken);
        try
        {
            var run = new ImportRun(db, request, schema, report, text, clock);
            IatiReadException? unreadable = null;
            try
            {
                await run.ReadAsync(read => progress?.Report(new ImportProgress(read, length)), cancellationToken);
            }
            catch (IatiReadException e)
            {
                unreadable = e;
            }
            var (fileIssues, overflowed) = await schema.FinishAsync();
            if (fileIssues.Count > 0 || (request.Lenient && overflowed))
            {
                await transaction.RollbackAsync(cancellationToken);
                return Refused(request, fileIssues, overflowed, text);
            }
            if (unreadable is not null)
            {
                await transaction.RollbackAsync(CancellationToken.None);
                return Failed(report, new ImportIssue(IssueSeverity.Error, unreadable.GetMessage(request.Culture), unreadable.LineNumber,
                    unreadable.LinePosition));
            }
            if (!request.Lenient && report.ErrorCount > 0)
            {
                await transaction.RollbackAsync(cancellationToken);
                report.Result = ImportResult.Refused;
                return report;
            }
            await run.FinishAsync(cancellationToken);
            // New outcomes' entries were written with them; a changed outcome's may have moved, which only a rebuild sees.
            if (report.Updated > 0) await SearchIndexer.RebuildAsync(db, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbException refused)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            return Failed(report, new ImportIssue(IssueSeverity.Error, text["Import_DatabaseRefused", refused.Message]));
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
        if (report.Wrote) await PublicDataCache.InvalidateAsync(cache, cancellationToken);
        return report;
    }

    /// <summary>The report of an import that broke half way and was rolled back, with why.</summary>
    private static ImportReport Failed(ImportReport report, ImportIssue why)
    {
        report.Add(why);
        report.Result = ImportResult.Failed;
        return report;
    }

    /// <summary>The report of a file refused as a whole: only why, as nothing of it was kept.</summary>
    private static ImportReport Refused(ImportRequest request, IReadOnlyList<ValidationIssue> fileIssues, bool overflowed, ImportText text)
    {
        var report = new ImportReport(request.FileName, request.Lenient) { Result = ImportResult.Refused };
        foreach (var issue in fileIssues) report.Add(FromValidation(issue, IssueSeverity.Error));
        if (request.Lenient && overflowed) report.Add(new ImportIssue(IssueSeverity.Error, text["Import_TooManySchemaErrors"]));
        return report;
    }

    internal static ImportIssue FromValidation(ValidationIssue issue, IssueSeverity severity) =>
        new(severity, $"{issue.Title}: {issue.Message}", issue.Line, issue.Column, issue.ActivityIdentifier);
}
