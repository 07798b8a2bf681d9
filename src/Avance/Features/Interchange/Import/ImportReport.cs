using Avance.Iati.Model;

namespace Avance.Features.Interchange.Import;

/// <summary>How an import ended: written, refused before anything was written (strict mode), or failed and rolled back.</summary>
public enum ImportResult { Imported, Refused, Failed }

/// <summary>How many of each element the file held (all activities read, whether imported or not).</summary>
public sealed class ElementCounts
{
    public int Activities { get; private set; }
    public int Results { get; private set; }
    public int Indicators { get; private set; }
    public int Baselines { get; private set; }
    public int Periods { get; private set; }
    public int Targets { get; private set; }
    public int Actuals { get; private set; }
    public int Budgets { get; private set; }
    public int Transactions { get; private set; }
    public int Sectors { get; private set; }

    public void Add(IatiActivity activity)
    {
        Activities++;
        Results += activity.Results.Count;
        Budgets += activity.Budgets.Count;
        Transactions += activity.Transactions.Count;
        Sectors += activity.Sectors.Count;
        foreach (var indicator in activity.Results.SelectMany(r => r.Indicators))
        {
            Indicators++;
            Baselines += indicator.Baselines.Count;
            Periods += indicator.Periods.Count;
            foreach (var period in indicator.Periods)
            {
                Targets += period.Targets.Count;
                Actuals += period.Actuals.Count;
            }
        }
    }

    /// <summary>Name (a key of the Interchange resources: Import_Element_{name}) and count, in reading order.</summary>
    public IEnumerable<(string Name, int Count)> All =>
    [
        (nameof(Activities), Activities), (nameof(Results), Results), (nameof(Indicators), Indicators), (nameof(Baselines), Baselines),
        (nameof(Periods), Periods), (nameof(Targets), Targets), (nameof(Actuals), Actuals), (nameof(Budgets), Budgets),
        (nameof(Transactions), Transactions), (nameof(Sectors), Sectors),
    ];
}

public enum ChangeKind { Created, Updated }

/// <summary>An outcome an import created or changed, with the figures that changed.</summary>
public sealed record OutcomeChange(string Identifier, ChangeKind Kind, IReadOnlyList<FieldChange> Fields);

/// <summary>Everything an import did or refused to do, for the command line and the upload page alike.</summary>
public sealed class ImportReport(string fileName, bool lenient)
{
    /// <summary>Issues and changes listed; beyond this they are only counted, so a huge file cannot fill memory.</summary>
    public const int MaxListed = 1000;

    private readonly List<ImportIssue> _issues = [];
    private readonly List<OutcomeChange> _changes = [];

    public string FileName => fileName;
    public bool Lenient => lenient;
    public ImportResult Result { get; set; } = ImportResult.Imported;
    public ElementCounts Read { get; } = new();
    public int Created { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    /// <summary>Activities read but not imported (invalid in lenient mode, or with no place in Avance).</summary>
    public int Skipped { get; set; }
    public int CountriesCreated { get; set; }
    public int OrganisationsCreated { get; set; }
    public int FrameworksCreated { get; set; }
    public int ErrorCount { get; private set; }
    public int WarningCount { get; private set; }
    public IReadOnlyList<ImportIssue> Issues => _issues;
    public IReadOnlyList<OutcomeChange> Changes => _changes;
    public int ChangeCount { get; private set; }

    public bool Wrote => Result == ImportResult.Imported && (Created > 0 || Updated > 0);

    public void Add(ImportIssue issue)
    {
        if (issue.Severity == IssueSeverity.Error) ErrorCount++;
        else WarningCount++;
        if (_issues.Count < MaxListed) _issues.Add(issue);
    }

    public void Add(OutcomeChange change)
    {
        ChangeCount++;
        if (change.Kind == ChangeKind.Created) Created++;
        else Updated++;
        if (_changes.Count < MaxListed) _changes.Add(change);
    }
}
