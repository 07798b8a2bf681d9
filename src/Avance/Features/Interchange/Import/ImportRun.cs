using Avance.Data;
using Avance.Features.Audit;
using Avance.Features.Interchange.Bulk;
using Avance.Iati.Model;
using Avance.Iati.Reading;
using Avance.Iati.Validation;

namespace Avance.Features.Interchange.Import;

/// <summary>The import pass of one file: reading, checking, mapping and writing the activities batch by batch.</summary>
internal sealed class ImportRun(AvanceDb db, ImportRequest request, SchemaPass schema, ImportReport report, ImportText text, TimeProvider clock)
{
    private const int BatchSize = 200;
    private readonly DateTimeOffset _now = clock.GetUtcNow();
    private readonly IatiQualityRules _rules = new();
    private readonly ActivityMapper _mapper = new(text);
    private readonly ReferenceResolver _references = new(db);
    private readonly ImportSource _source = new(db, request.FileName, schema.FileHash, clock);
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly List<MappedOutcome> _batch = [];
    private BulkWriter? _writer;
    private IatiActivitiesFile? _header;

    public async Task ReadAsync(Action<long> progress, CancellationToken cancellationToken)
    {
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
            else _batch.Add(mapped);
            if (_batch.Count >= BatchSize) await FlushAsync(cancellationToken);
        }
    }

    public async Task FinishAsync(CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken);
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

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_batch.Count == 0) return;
        var frameworks = await _references.FrameworksAsync(_batch, cancellationToken);
        var existing = await ExistingOutcomes.FindAsync(db, [.. _batch.Select(b => b.Identifier)], cancellationToken);
        var planned = new List<PlannedOutcome>();
        foreach (var mapped in _batch)
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
        _batch.Clear();
        if (planned.Count == 0) return;
        var sourceId = await _source.IdAsync(_header!, cancellationToken);
        _writer ??= BulkWriter.For(db);
        await new BatchWriter(_writer, sourceId, _now, _references.Organisations).WriteAsync(planned, cancellationToken);
    }
}
