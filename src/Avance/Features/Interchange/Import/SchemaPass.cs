using System.Globalization;
using System.Security.Cryptography;
using Avance.Iati.Validation;

namespace Avance.Features.Interchange.Import;

/// <summary>
/// The official 2.03 schema and the file's SHA-256 (which names its source), on a thread of their own while the import
/// reads the same file: the import waits for an activity's schema issues only when it gets ahead of the schema, so on
/// two cores the schema costs almost no time. Issues are filed by the activity they are in (by position in the file,
/// as the validator's location gives it); issues outside any activity, or in a file that cannot be read to its end,
/// concern the whole file and are known when the pass has finished.
/// </summary>
internal sealed class SchemaPass : IAsyncDisposable
{
    /// <summary>Issues kept to tell valid activities from invalid ones; beyond it, lenient mode cannot tell and refuses.</summary>
    private const int MaxIssues = 100_000;

    /// <summary>The activity elements Avance imports; an error only inside others cannot reach Avance's data.</summary>
    private static readonly HashSet<string> ImportedElements =
    [
        "iati-identifier", "reporting-org", "title", "description", "participating-org", "activity-status", "activity-date",
        "recipient-country", "sector", "budget", "transaction", "result",
    ];

    private static readonly HashSet<ValidationRule> Unreadable =
        [ValidationRules.MalformedXml, ValidationRules.NotAnIatiFile, ValidationRules.NestedTooDeep];

    private readonly Lock _gate = new();
    private readonly Dictionary<int, List<ValidationIssue>> _byActivity = [];
    private readonly List<ValidationIssue> _fileIssues = [];
    private readonly TaskCompletionSource<string> _fileHash = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stop = new();
    private readonly ValidationReportBuilder _builder = new(MaxIssues);
    private int _filed;
    private int _validated;
    private bool _finished;
    private (int Ordinal, TaskCompletionSource Reached)? _waiting;
    private Task _run = Task.CompletedTask;

    /// <summary>The file's SHA-256 in lowercase hex, known after a first quick read of the file.</summary>
    public Task<string> FileHash => _fileHash.Task;

    public static SchemaPass Start(string path, string fileName, CultureInfo culture)
    {
        var pass = new SchemaPass();
        pass._run = Task.Run(() => pass.Run(path, fileName, culture));
        return pass;
    }

    /// <summary>The schema issues inside the activity at <paramref name="ordinal"/> (1 for the first), once known; asked once per activity.</summary>
    public async ValueTask<IReadOnlyList<ValidationIssue>> IssuesOfAsync(int ordinal, CancellationToken cancellationToken)
    {
        Task reached;
        lock (_gate)
        {
            if (_validated >= ordinal || _finished) return TakeIssues(ordinal);
            var waiting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting = (ordinal, waiting);
            reached = waiting.Task;
        }
        await reached.WaitAsync(cancellationToken);
        lock (_gate) return TakeIssues(ordinal);
    }

    /// <summary>Each activity's issues are asked for once, so they are let go then: memory stays flat however many there are.</summary>
    private List<ValidationIssue> TakeIssues(int ordinal) => _byActivity.Remove(ordinal, out var issues) ? issues : [];

    /// <summary>Waits for the end of the pass: the issues about the whole file, and whether issues were dropped.</summary>
    public async Task<(IReadOnlyList<ValidationIssue> FileIssues, bool Overflowed)> FinishAsync()
    {
        await _run;
        return (_fileIssues, _builder.OmittedCount > 0);
    }

    /// <summary>Whether the issue lies inside an element Avance does not import (e.g. country-budget-items, location).</summary>
    public static bool OnlyInUnimportedElement(ValidationIssue issue)
    {
        var steps = issue.Location?.Split('/') ?? [];
        return steps.Length > 1 && !ImportedElements.Contains(Name(steps[1]));
    }

    /// <summary>Stops the pass early (the import ended without it) and waits for its thread.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        // A pass stopped here either finished (FinishAsync saw how) or is no longer wanted: how it ended changes nothing.
        await _run.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        _stop.Dispose();
    }

    private void Run(string path, string fileName, CultureInfo culture)
    {
        try
        {
            using var file = File.OpenRead(path);
            _fileHash.SetResult(Convert.ToHexStringLower(SHA256.HashData(file)));
            file.Position = 0;
            using var stoppable = new StoppableStream(file, _stop.Token);
            new IatiSchemaValidator().Validate(stoppable, fileName, _builder, culture, Validated);
            FileNewIssues();
        }
        catch (Exception failure)
        {
            _fileHash.TrySetException(failure);
            throw;
        }
        finally
        {
            lock (_gate)
            {
                _finished = true;
                _waiting?.Reached.TrySetResult();
                _waiting = null;
            }
        }
    }

    private void Validated(int activities)
    {
        FileNewIssues();
        lock (_gate)
        {
            _validated = activities;
            if (_waiting is { } waiting && waiting.Ordinal <= activities)
            {
                waiting.Reached.TrySetResult();
                _waiting = null;
            }
        }
    }

    /// <summary>Files the issues kept since the last call under their activity, or under the file.</summary>
    private void FileNewIssues()
    {
        var kept = _builder.Kept.Count;
        if (_filed == kept) return;
        lock (_gate)
        {
            for (; _filed < kept; _filed++)
            {
                var issue = _builder.Kept[_filed];
                // A file that cannot be read to its end (truncated, not XML, too deep) fails as a whole, wherever it broke.
                if (!Unreadable.Contains(issue.Rule) && ActivityOrdinal(issue.Location) is { } ordinal)
                {
                    if (!_byActivity.TryGetValue(ordinal, out var list)) _byActivity[ordinal] = list = [];
                    list.Add(issue);
                }
                else _fileIssues.Add(issue);
            }
        }
    }

    /// <summary>"iati-activity[3]/result" → 3; "iati-activity/title" → 1; null outside any activity.</summary>
    private static int? ActivityOrdinal(string? location)
    {
        if (location is null) return null;
        var first = location.Split('/')[0];
        if (Name(first) != "iati-activity") return null;
        var open = first.IndexOf('[');
        return open < 0 ? 1 : int.Parse(first[(open + 1)..^1], CultureInfo.InvariantCulture);
    }

    private static string Name(string step)
    {
        var open = step.IndexOf('[');
        return open < 0 ? step : step[..open];
    }
}
