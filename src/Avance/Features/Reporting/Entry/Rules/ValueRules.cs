namespace Avance.Features.Reporting.Entry.Rules;

/// <summary>What the checks need besides the indicator: the mode, today's date, the language numbers are typed in, which sources exist.</summary>
public sealed record RuleContext(EntryMode Mode, DateOnly Today, IFormatProvider Culture, Func<int, bool> SourceExists);

/// <summary>The outcome of the checks: the problems, or the entry ready to save when there are none.</summary>
public sealed record RuleResult(IReadOnlyList<EntryProblem> Problems, CheckedEntry? Entry)
{
    public bool Passed => Entry is not null;
}

/// <summary>
/// The rules for one indicator's values in one period — the one implementation the form, the API and the template
/// import all use. Pure: everything it needs comes in, nothing is read or written.
/// </summary>
public static class ValueRules
{
    public static RuleResult Check(IndicatorRules rules, EntryInput input, StoredEntry stored, RuleContext context)
    {
        var problems = new List<EntryProblem>();
        var given = new Dictionary<DisaggregationKey, EnteredValue>();
        var inputs = new Dictionary<DisaggregationKey, (int Index, string Combination)>();
        var versions = new Dictionary<DisaggregationKey, int?>();
        for (var index = 0; index < input.Values.Count; index++)
        {
            var value = input.Values[index];
            var combination = value.Combination ?? "";
            if (CombinationText.Read(combination, rules, index, problems) is not { } key) continue;
            if (!inputs.TryAdd(key, (index, combination)))
            {
                problems.Add(EntryProblem.AboutValue(ProblemCodes.CombinationRepeated, index, combination, combination));
                continue;
            }
            versions[key] = value.Version;
            if (value.Raw is null) continue;
            if (ValueText.Read(value, index, rules, context.Culture, problems) is not { } entered) continue;
            if (stored.Values.TryGetValue(key, out var saved) && saved.Locked)
            {
                if (saved.Value != entered) problems.Add(EntryProblem.AboutValue(ProblemCodes.ValueLocked, index, combination));
                continue;
            }
            given[key] = entered;
        }

        var effective = stored.Values.ToDictionary(v => v.Key, v => v.Value.Value);
        foreach (var (key, value) in given) effective[key] = value;
        SumRules.Check(rules, effective, inputs, problems);
        if (context.Mode == EntryMode.Submit && (!effective.TryGetValue(DisaggregationKey.Total, out var total) || total.IsBlank))
            problems.Add(inputs.TryGetValue(DisaggregationKey.Total, out var at)
                ? EntryProblem.AboutValue(ProblemCodes.ValueTotalMissing, at.Index, at.Combination)
                : EntryProblem.About(ProblemCodes.ValueTotalMissing, EntryFields.Value));

        var (english, spanish) = DetailRules.Narrative(input.NarrativeEnglish, input.NarrativeSpanish, stored.NarrativeEnglish, stored.NarrativeSpanish,
            context.Mode, problems);
        if (stored.Values.TryGetValue(DisaggregationKey.Total, out var storedTotal) && storedTotal.Locked
            && (english != stored.NarrativeEnglish || spanish != stored.NarrativeSpanish))
            problems.Add(EntryProblem.About(ProblemCodes.NarrativeLocked, EntryFields.Narrative));
        var source = DetailRules.Source(input.Source, stored.SourceId, context.SourceExists, context.Mode, problems);
        var date = DetailRules.Date(input.SourceDate, stored.SourceDate, rules.PeriodStartsOn, context.Today, context.Mode, problems);

        return problems.Count > 0
            ? new RuleResult(problems, null)
            : new RuleResult([], new CheckedEntry(given, versions, english, spanish, source, date));
    }
}
