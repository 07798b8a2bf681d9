using System.Threading.Channels;
using Avance.Data;
using Avance.Features.Audit;
using Avance.Features.Interchange.Bulk;
using Avance.Iati.Model;
using Avance.Iati.Reading;
using Avance.Iati.Validation;

namespace Avance.Features.Interchange.Import;

/// <summary>
/// The import pass of one file: reading, checking and mapping the activities on one thread, and writing them batch by
/// batch on another, so reading the next batch overlaps writing the last. The reading side alone counts issues and
/// skipped activities, the writing side alone outcomes and changes, and only the writing side touches the database.
/// </summary>
internal sealed class ImportRun(AvanceDb db, ImportRequest request, SchemaPass schema, ImportReport report, ImportText text, TimeProvider clock)
{
    private const int BatchSize = 200;
    private readonly DateTimeOffset _now = clock.GetUtcNow();
    private readonly IatiQualityRules _rules = new();
    private readonly ActivityMapper _mapper = new(text);
    private readonly ReferenceResolver _references = new(db);
    private readonly ImportSource _source = new(db, request.FileName, schema.FileHash, clock);
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    /// <summary>Two batches may wait: enough to keep the writer busy, few enough to keep memory flat.</summary>
    private readonly Channel<List<MappedOutcome>> _batches = Channel.CreateBounded<List<MappedOutcome>>(
        new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
    private BulkWriter? _writer;
    private IatiActivitiesFile? _header;

    /// <summary>Reads the file to its end and writes every valid activity; a failure on either side ends both.</summary>
    public async Task ReadAsync(Action<long> progress, CancellationToken cancellationToken)
    {
        var writing = Task.Run(() => WriteBatchesAsync(cancellationToken), CancellationToken.None);
        try
        {
            await ReadBatchesAsync(progress, cancellationToken);
        }
        finally
        {
            _batches.Writer.TryComplete();
            await writing;
        }
    }

    private async Task ReadBatchesAsync(Action<long> progress, CancellationToken cancellationToken)
    {
        var batch = new List<MappedOutcome>(BatchSize);
        await using var file = File.OpenRead(request.Path);
        using var reader = IatiActivityReader.Open(file);
        _header = reader.Header;
        var ordinal = 0;
        await foreach (var activity in reader.ReadActivitiesAsync(cancellationToken))
        {
            ordinal++;
            report.Read.Add(activity);
            _source.Saw(activity);
            progress(file.Position);
            if (!await CheckAsync(activity, ordinal, cancellationToken))
            {
                report.Skipped++;
                continue;
            }
            // Strict mode goes on checking after the first error so the report lists them all, but writes no more.
            if (!request.Lenient && report.ErrorCount > 0) continue;
            var issues = new List<ImportIssue>();
            var mapped = _mapper.Map(activity, issues);
            foreach (var issue in issues) report.Add(issue);
            if (mapped is null) report.Skipped++;
            else batch.Add(mapped);
            if (batch.Count < BatchSize) continue;
            await _batches.Writer.WriteAsync(batch, cancellationToken);
            batch = new List<MappedOutcome>(BatchSize);
        }
        if (batch.Count > 0) await _batches.Writer.WriteAsync(batch, cancellationToken);
    }

    private async Task WriteBatchesAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var batch in _batches.Reader.ReadAllAsync(cancellationToken)) await WriteAsync(batch, cancellationToken);
        }
        catch (Exception failure)
        {
            // The reading side must not wait to hand over a batch nobody will take: it stops, and the failure is reported.
            _batches.Writer.TryComplete(failure);
            throw;
        }
        finally
        {
            if (_writer is not null) await _writer.DisposeAsync();
        }
    }

    public async Task FinishAsync(CancellationToken cancellationToken)
    {
        report.CountriesCreated = _references.CountriesCreated;
        report.OrganisationsCreated = _references.OrganisationsCreated;
        report.FrameworksCreated = _references.FrameworksCreated;
        if (report.Wrote)
        {
            _source.NamePublishers();
            AuditTrail.Record(db, request.Caller, _now, "iati.import", "iati-file", _source.Key, null,
                new { File = request.FileName, report.Created, report.Updated, report.Unchanged, report.Skipped }, request.FileName);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Whether the activity may be imported: no schema or quality error, and the first with its identifier.</summary>
    private async ValueTask<bool> CheckAsync(IatiActivity activity, int ordinal, CancellationToken cancellationToken)
    {
        var valid = true;
        foreach (var issue in await schema.IssuesOfAsync(ordinal, cancellationToken))
        {
            // Lenient mode keeps an activity whose only schema faults lie in elements Avance does not read.
            var severity = request.Lenient && SchemaPass.OnlyInUnimportedElement(issue) ? IssueSeverity.Warning : IssueSeverity.Error;
            valid &= severity == IssueSeverity.Warning;
            report.Add(IatiImporter.FromValidation(issue, severity));
        }
        foreach (var issue in _rules.Check(activity, request.FileName, request.Culture))
        {
            var severity = issue.Severity == ValidationSeverity.Error ? IssueSeverity.Error : IssueSeverity.Warning;
            valid &= severity == IssueSeverity.Warning;
            report.Add(IatiImporter.FromValidation(issue, severity));
        }
        if (!_seen.Add(activity.Identifier))
        {
            report.Add(new ImportIssue(IssueSeverity.Error, text["Import_DuplicateIdentifier", activity.Identifier],
                activity.Source?.LineNumber, activity.Source?.LinePosition, activity.Identifier));
            valid = false;
        }
        return valid;
    }

    private async Task WriteAsync(List<MappedOutcome> batch, CancellationToken cancellationToken)
    {
        var frameworks = await _references.FrameworksAsync(batch, cancellationToken);
        var existing = await ExistingOutcomes.FindAsync(db, [.. batch.Select(b => b.Identifier)], cancellationToken);
        var planned = new List<PlannedOutcome>();
        foreach (var mapped in batch)
        {
            var hash = OutcomeSummary.HashOf(mapped);
            var old = existing.GetValueOrDefault(mapped.Identifier);
            if (old?.ContentHash == hash)
            {
                report.Unchanged++;
                continue;
            }
            var summary = OutcomeSummary.Of(mapped, hash);
            planned.Add(new PlannedOutcome(mapped, hash, frameworks[mapped.Identifier], old, summary));
            if (old is null)
            {
                report.Add(new OutcomeChange(mapped.Identifier, ChangeKind.Created, []));
                continue;
            }
            var before = OutcomeSummary.FromJson(old.Summary);
            report.Add(new OutcomeChange(mapped.Identifier, ChangeKind.Updated, summary.ChangesFrom(before)));
            AuditTrail.Record(db, request.Caller, _now, "iati.import", "outcome", old.Id, (object?)before ?? new { Imported = false, old.Title }, summary,
                request.FileName);
        }
        if (planned.Count == 0) return;
        var sourceId = await _source.IdAsync(_header!, cancellationToken);
        _writer ??= BulkWriter.For(db);
        await new BatchWriter(_writer, sourceId, _now, _references.Organisations).WriteAsync(planned, cancellationToken);
    }
}
