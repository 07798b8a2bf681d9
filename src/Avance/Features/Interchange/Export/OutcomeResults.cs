using Avance.Data;
using Avance.Features.Results;
using Avance.Iati.Model;
using Microsoft.EntityFrameworkCore;
using IatiIndicatorElement = Avance.Iati.Model.Indicator;

namespace Avance.Features.Interchange.Export;

/// <summary>
/// An outcome's result indicators as IATI results. Imported indicators go back into the results they came from, with
/// every value as published; indicators entered in Avance form one result named after the outcome, with their
/// baseline, targets and actuals.
/// </summary>
internal sealed record OutcomeResults(ValueList<Result> Results, IReadOnlyList<int> Years)
{
    public static async Task<OutcomeResults> LoadAsync(AvanceDb db, Outcome outcome, CancellationToken cancellationToken)
    {
        var indicators = await db.ResultIndicators.Include(i => i.Title).Include(i => i.Periods).ThenInclude(p => p.Comment)
            .Where(i => i.OutcomeId == outcome.Id).OrderBy(i => i.Id).AsSplitQuery().ToListAsync(cancellationToken);
        var ids = indicators.Select(i => i.Id).ToList();
        var iati = await db.Set<IatiIndicator>().Include(i => i.ResultTitle).Include(i => i.ResultDescription).Include(i => i.Description)
            .Where(i => ids.Contains(i.ResultIndicatorId)).AsSplitQuery().ToDictionaryAsync(i => i.ResultIndicatorId, cancellationToken);
        var values = (await db.Set<ResultIndicatorValue>().Include(v => v.Comment).Where(v => ids.Contains(v.ResultIndicatorId))
            .OrderBy(v => v.Id).ToListAsync(cancellationToken)).ToLookup(v => v.ResultIndicatorId);

        var results = indicators.Where(i => iati.ContainsKey(i.Id))
            .GroupBy(i => iati[i.Id].ResultPosition)
            .OrderBy(g => g.Key)
            .Select(g => new Result
            {
                Type = iati[g.First().Id].ResultType ?? "2",
                Title = ExportText.Of(iati[g.First().Id].ResultTitle),
                Description = ExportText.Of(iati[g.First().Id].ResultDescription),
                Indicators = g.Select(i => Imported(i, iati[i.Id], values[i.Id])).ToValueList(),
            })
            .ToList();
        var own = indicators.Where(i => !iati.ContainsKey(i.Id)).ToList();
        if (own.Count > 0)
            results.Add(new Result { Type = "2", Title = ExportText.Of(outcome.Summary), Indicators = own.Select(Entered).ToValueList() });
        return new OutcomeResults(results.ToValueList(), [.. indicators.SelectMany(i => i.Periods).Select(p => p.Start.Year)]);
    }

    private static IatiIndicatorElement Imported(ResultIndicator indicator, IatiIndicator iati, IEnumerable<ResultIndicatorValue> values)
    {
        var all = values.ToList();
        return new IatiIndicatorElement
        {
            Measure = MeasureCode(indicator.Measure),
            Ascending = indicator.Ascending,
            Title = ExportText.Of(indicator.Title),
            Description = ExportText.Of(iati.Description),
            Baselines = all.Where(v => v.Kind == ResultValueKind.Baseline && v.Year is not null)
                .Select(v => new Baseline { Year = v.Year, Value = Value(v.Value, v.Text), Dimensions = Dimensions(v.Dimensions), Comment = ExportText.Of(v.Comment) })
                .ToValueList(),
            Periods = indicator.Periods.OrderBy(p => p.Start).ThenBy(p => p.Id).Select(p => new ResultPeriod
            {
                PeriodStart = p.Start,
                PeriodEnd = p.End,
                Targets = PeriodValues(all, p.Id, ResultValueKind.Target),
                Actuals = PeriodValues(all, p.Id, ResultValueKind.Actual),
            }).ToValueList(),
        };
    }

    private static IatiIndicatorElement Entered(ResultIndicator indicator) => new()
    {
        Measure = MeasureCode(indicator.Measure),
        Ascending = indicator.Ascending,
        Title = ExportText.Of(indicator.Title),
        Baselines = indicator.BaselineYear is { } year ? [new Baseline { Year = year, Value = Value(indicator.BaselineValue, null) }] : [],
        Periods = indicator.Periods.OrderBy(p => p.Start).ThenBy(p => p.Id).Select(p => new ResultPeriod
        {
            PeriodStart = p.Start,
            PeriodEnd = p.End,
            Targets = p.Target is { } target ? [new PeriodValue { Value = IatiValue.Of(target) }] : [],
            Actuals = p.Actual is not null || p.Comment is not null
                ? [new PeriodValue { Value = Value(p.Actual, null), Comment = ExportText.Of(p.Comment) }]
                : [],
        }).ToValueList(),
    };

    private static ValueList<PeriodValue> PeriodValues(List<ResultIndicatorValue> values, int periodId, ResultValueKind kind) =>
        values.Where(v => v.PeriodId == periodId && v.Kind == kind)
            .Select(v => new PeriodValue { Value = Value(v.Value, v.Text), Dimensions = Dimensions(v.Dimensions), Comment = ExportText.Of(v.Comment) })
            .ToValueList();

    private static IatiValue? Value(decimal? number, string? text) =>
        number is { } n ? IatiValue.Of(n) : text is { } words ? IatiValue.Parse(words) : null;

    /// <summary>"sex: female; age: 15-24" back into IATI dimensions.</summary>
    private static ValueList<Dimension> Dimensions(string dimensions) =>
        dimensions.Length == 0
            ? []
            : dimensions.Split("; ").Select(pair =>
            {
                var separator = pair.IndexOf(": ", StringComparison.Ordinal);
                return separator < 0 ? new Dimension(pair, null) : new Dimension(pair[..separator], pair[(separator + 2)..]);
            }).ToValueList();

    /// <summary>IndicatorMeasure codes, the reverse of the import's mapping.</summary>
    public static string MeasureCode(ResultMeasure measure) => measure switch
    {
        ResultMeasure.Percentage => "2",
        ResultMeasure.Nominal => "3",
        ResultMeasure.Ordinal => "4",
        ResultMeasure.Qualitative => "5",
        _ => "1",
    };
}
