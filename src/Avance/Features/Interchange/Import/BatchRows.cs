using Avance.Features.Interchange.Bulk;
using Avance.Features.Results;
using Avance.Features.Search;

namespace Avance.Features.Interchange.Import;

/// <summary>The rows of one batch, table by table.</summary>
internal sealed class BatchRows(BatchIds ids, int sourceId, DateTimeOffset importedAt, IReadOnlyDictionary<string, int> organisations)
{
    private readonly RowBuffer _texts = new(ImportTables.Texts);
    private readonly RowBuffer _translations = new(ImportTables.Translations);
    private readonly RowBuffer _outcomes = new(ImportTables.Outcomes);
    private readonly RowBuffer _imports = new(ImportTables.OutcomeImports);
    private readonly RowBuffer _indicators = new(ImportTables.Indicators);
    private readonly RowBuffer _iatiIndicators = new(ImportTables.IatiIndicators);
    private readonly RowBuffer _periods = new(ImportTables.Periods);
    private readonly RowBuffer _values = new(ImportTables.Values);
    private readonly RowBuffer _resources = new(ImportTables.Resources);
    private readonly RowBuffer _funding = new(ImportTables.Funding);
    private readonly RowBuffer _sdgs = new(ImportTables.Sdgs);
    private readonly RowBuffer _search = new(ImportTables.SearchEntries);

    /// <summary>Parents before children, so every foreign key points at a row already written.</summary>
    public IEnumerable<RowBuffer> InWritingOrder =>
        [_texts, _translations, _outcomes, _imports, _indicators, _iatiIndicators, _periods, _values, _resources, _funding, _sdgs, _search];

    /// <summary>The new text rows an outcome needs (its summary only when the outcome is new); <see cref="Add"/> takes exactly these.</summary>
    public static int TextCount(PlannedOutcome outcome)
    {
        var m = outcome.Mapped;
        return (outcome.Existing is null ? 1 : 0) + (m.Description.Length > 0 ? 1 : 0)
            + m.Indicators.Sum(i => 1 + (i.Description.Length > 0 ? 1 : 0) + (IsFirstOfResult(m, i) ? 1 + (i.ResultDescription.Length > 0 ? 1 : 0) : 0)
                + i.Baselines.Count(b => b.Comment.Length > 0)
                + i.Periods.Sum(p => p.Targets.Count(v => v.Comment.Length > 0) + p.Actuals.Count(v => v.Comment.Length > 0)));
    }

    public void Add(PlannedOutcome planned)
    {
        var m = planned.Mapped;
        int outcomeId;
        if (planned.Existing is { } existing)
        {
            outcomeId = existing.Id;
            Translations(existing.SummaryId, m.Title);
        }
        else
        {
            outcomeId = ids.Outcomes.Take();
            _outcomes.Add(outcomeId, planned.FrameworkId, m.Identifier, Text(m.Title), nameof(OutcomeStatus.NotAssessed), 0);
            // A changed outcome's entries are left to a rebuild of the index (its country, title and notes may move).
            foreach (var entry in SearchIndexer.NewOutcomeEntries(m.CountryCode, outcomeId, m.Identifier, m.Title.Select(t => (t.Language, t.Value))))
                _search.Add(entry.Kind, entry.CountryIso2, entry.Language, entry.Path, entry.Title, entry.Body, entry.NormalisedTitle,
                    entry.NormalisedBody, entry.BodyLength);
        }
        _imports.Add(outcomeId, sourceId, planned.ContentHash, importedAt, Text(m.Description), m.ActivityStatus, m.StartDate, m.EndDate,
            planned.Summary.ToJson());
        AddIndicators(outcomeId, m);
        foreach (var budget in m.Budgets) _resources.Add(outcomeId, budget.Year, budget.Currency, budget.Amount, sourceId);
        foreach (var funding in m.Funding)
            _funding.Add(outcomeId, organisations[funding.ProviderRef], funding.Year, funding.Currency, funding.Development, funding.Humanitarian, sourceId);
        foreach (var sdg in m.Sdgs) _sdgs.Add(outcomeId, sdg.Year, sdg.Code, sdg.Currency, sdg.Amount, sourceId);
    }

    private void AddIndicators(int outcomeId, MappedOutcome m)
    {
        int? resultTitle = null, resultDescription = null;
        foreach (var indicator in m.Indicators)
        {
            if (IsFirstOfResult(m, indicator))
            {
                resultTitle = Text(indicator.ResultTitle);
                resultDescription = Text(indicator.ResultDescription);
            }
            var id = ids.Indicators.Take();
            var baseline = indicator.Baselines.FirstOrDefault(b => b.IsTotal);
            _indicators.Add(id, outcomeId, Text(indicator.Title), indicator.Measure.ToString(), indicator.Ascending, false, baseline?.Year, baseline?.Value);
            _iatiIndicators.Add(id, indicator.ResultPosition, indicator.ResultType, resultTitle, resultDescription, Text(indicator.Description));
            foreach (var value in indicator.Baselines) AddValue(id, null, ResultValueKind.Baseline, value);
            foreach (var period in indicator.Periods)
            {
                var periodId = ids.Periods.Take();
                var target = period.Targets.FirstOrDefault(v => v.IsTotal);
                var actual = period.Actuals.FirstOrDefault(v => v.IsTotal);
                var targetComments = period.Targets.Select(v => AddValue(id, periodId, ResultValueKind.Target, v)).ToList();
                var actualComments = period.Actuals.Select(v => AddValue(id, periodId, ResultValueKind.Actual, v)).ToList();
                // The period's own comment is its actual's (what was achieved), else its target's: the same text row.
                var comment = (actual is null ? null : actualComments[Array.IndexOf(period.Actuals, actual)])
                    ?? (target is null ? null : targetComments[Array.IndexOf(period.Targets, target)]);
                _periods.Add(periodId, id, period.Start, period.End, target?.Value, actual?.Value, comment, sourceId);
            }
        }
    }

    private int? AddValue(int indicatorId, int? periodId, ResultValueKind kind, MappedValue value)
    {
        var comment = Text(value.Comment);
        _values.Add(indicatorId, periodId, kind.ToString(), value.Year, value.Dimensions, value.Value, value.Text, comment);
        return comment;
    }

    private static bool IsFirstOfResult(MappedOutcome m, MappedIndicator indicator) =>
        Array.Find(m.Indicators, i => i.ResultPosition == indicator.ResultPosition) == indicator;

    private int? Text(Translation[] translations)
    {
        if (translations.Length == 0) return null;
        var id = ids.Texts.Take();
        _texts.Add(id);
        Translations(id, translations);
        return id;
    }

    private void Translations(int textId, Translation[] translations)
    {
        foreach (var t in translations) _translations.Add(textId, t.Language, t.Value);
    }
}
