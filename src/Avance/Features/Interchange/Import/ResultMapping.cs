using System.Globalization;
using Avance.Features.Results;
using Avance.Iati.Model;

namespace Avance.Features.Interchange.Import;

internal delegate void Warn(string key, params object?[] arguments);

/// <summary>IATI results → result indicators with their baselines, periods, targets and actuals.</summary>
internal sealed class ResultMapping(ImportText text)
{
    /// <summary>Avance stores decimals with 16 digits before the point; larger numbers are kept as text.</summary>
    private const decimal Largest = 9_999_999_999_999_999m;

    public MappedIndicator[] Indicators(IatiActivity activity, Warn warn)
    {
        var language = activity.DefaultLanguage;
        var indicators = new List<MappedIndicator>();
        var position = 0;
        foreach (var result in activity.Results)
        {
            position++;
            var resultTitle = NarrativeText.Of(result.Title, language);
            foreach (var indicator in result.Indicators)
            {
                var title = NarrativeText.Of(indicator.Title, language);
                indicators.Add(new MappedIndicator
                {
                    ResultPosition = position,
                    ResultType = result.Type?.Trim(),
                    ResultTitle = resultTitle.Length > 0 ? resultTitle : NarrativeText.Single(text["Import_UntitledResult", position]),
                    ResultDescription = NarrativeText.Of(result.Description, language),
                    Title = title.Length > 0 ? title : resultTitle.Length > 0 ? resultTitle : NarrativeText.Single(text["Import_UntitledResult", position]),
                    Description = NarrativeText.Of(indicator.Description, language),
                    Measure = Measure(indicator.Measure),
                    Ascending = indicator.Ascending ?? true,
                    Baselines = [.. indicator.Baselines.Select(b => Value(b.Year, b.Dimensions, b.Value, b.Comment, language, warn))],
                    Periods = Periods(indicator, language, warn),
                });
            }
        }
        return [.. indicators];
    }

    private static MappedPeriod[] Periods(Indicator indicator, string? language, Warn warn)
    {
        var periods = new List<MappedPeriod>();
        foreach (var period in indicator.Periods)
        {
            if (period.PeriodStart is not { } start || period.PeriodEnd is not { } end)
            {
                warn("Import_PeriodWithoutDates");
                continue;
            }
            periods.Add(new MappedPeriod(start, end,
                [.. period.Targets.Select(t => Value(null, t.Dimensions, t.Value, t.Comment, language, warn))],
                [.. period.Actuals.Select(a => Value(null, a.Dimensions, a.Value, a.Comment, language, warn))]));
        }
        return [.. periods];
    }

    private static MappedValue Value(int? year, IReadOnlyList<Dimension> dimensions, IatiValue? value, Narratives comment,
        string? language, Warn warn)
    {
        var number = value?.Number;
        var words = value?.Text is { } published ? Sanitising.TextSanitiser.ToPlainText(published) : null;
        if (number is { } n && Math.Abs(n) > Largest)
        {
            warn("Import_NumberTooLarge", n.ToString(CultureInfo.InvariantCulture));
            words = n.ToString(CultureInfo.InvariantCulture);
            number = null;
        }
        return new MappedValue(year, Dimensions(dimensions), number is { } kept ? Math.Round(kept, 4) : null,
            string.IsNullOrEmpty(words) ? null : words, NarrativeText.Of(comment, language));
    }

    /// <summary>"sex: female; age: 15-24", in the order published; empty for the total.</summary>
    private static string Dimensions(IReadOnlyList<Dimension> dimensions) =>
        dimensions.Count == 0
            ? ""
            : string.Join("; ", dimensions.Select(d =>
                $"{Sanitising.TextSanitiser.ToPlainText(d.Name)}: {Sanitising.TextSanitiser.ToPlainText(d.Value)}"));

    /// <summary>IndicatorMeasure: 1 unit, 2 percentage, 3 nominal, 4 ordinal, 5 qualitative; unit when absent or unknown.</summary>
    public static ResultMeasure Measure(string? code) => code?.Trim() switch
    {
        "2" => ResultMeasure.Percentage,
        "3" => ResultMeasure.Nominal,
        "4" => ResultMeasure.Ordinal,
        "5" => ResultMeasure.Qualitative,
        _ => ResultMeasure.Unit,
    };
}
