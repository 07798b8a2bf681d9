using System.Globalization;
using Avance.Domain;
using Texts = System.Collections.Generic.IReadOnlyDictionary<string, string>;

namespace Avance.Features.Plans;

/// <summary>How a field's value is shown: texts per language, or one value formatted for the reader.</summary>
internal enum FieldFormat { Text, Plain, Number, Date, Flag, Choice }

/// <summary>
/// One field of a snapshot item. <see cref="Texts"/> holds texts (and lists of organisation names) per language;
/// <see cref="Plain"/> every other value in invariant form — for choices, enum names joined by ", ", shown through the
/// interface text <see cref="ChoicePrefix"/> + name.
/// </summary>
internal sealed record SnapshotField(string Name, FieldFormat Format, Texts? Texts = null, string? Plain = null, string? ChoicePrefix = null);

/// <summary>One item of a plan (the plan itself, a pillar, an indicator, a target …) with its fields, flat, as versions are compared.</summary>
internal sealed record SnapshotItem(string Key, string Subject, Func<string, string> Label, IReadOnlyList<SnapshotField> Fields);

/// <summary>Flattens a snapshot into its items, in plan order: the only place that knows which fields a version compares.</summary>
internal static class SnapshotItems
{
    public static IEnumerable<SnapshotItem> Of(PlanSnapshot snapshot)
    {
        var plan = snapshot.Plan;
        yield return new SnapshotItem("plan", "plan", _ => plan.Code,
        [
            Plain("Code", plan.Code), Plain("Generation", Invariant(plan.Generation)), Text("Title", plan.Title), Text("Purpose", plan.Purpose),
            new("AdoptedOn", FieldFormat.Date, Plain: plan.AdoptedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            Plain("StartYear", Invariant(plan.StartYear)), Plain("EndYear", Invariant(plan.EndYear)),
            Plain("ReviewAfterYears", Invariant(plan.ReviewAfterYears)),
            Choice("CivilSocietyInDevelopment", "Plans_Involvement_", plan.CivilSocietyInDevelopment), Text("Development", plan.Development),
            Choice("CivilSocietyInImplementation", "Plans_Involvement_", plan.CivilSocietyInImplementation), Text("Implementation", plan.Implementation),
            Text("MonitoringArrangement", plan.MonitoringArrangement),
            Choice("BudgetArrangement", "Plans_Budget_", plan.BudgetArrangement), Number("BudgetAmount", plan.BudgetAmount),
            Plain("BudgetCurrency", plan.BudgetCurrency), Text("BudgetStatement", plan.BudgetStatement),
            new("CoversDisarmament", FieldFormat.Flag, Plain: plan.CoversDisarmament ? "true" : "false"), Text("Disarmament", plan.Disarmament),
            Names("LeadOrganisations", plan.Organisations.Where(o => o.Role == PlanRole.Lead).Select(o => o.Organisation)),
            Names("ParticipatingOrganisations", plan.Organisations.Where(o => o.Role == PlanRole.Participating).Select(o => o.Organisation)),
            Names("SupportingOrganisations", plan.Organisations.Where(o => o.Role == PlanRole.Supporting).Select(o => o.Organisation)),
        ]);

        var objectivePlaces = new Dictionary<int, Texts>();
        var activityPlaces = new Dictionary<int, Texts>();
        foreach (var pillar in snapshot.Pillars)
        {
            yield return new SnapshotItem($"pillar:{pillar.Id}", "pillar", language => In(pillar.Name, language),
                [Plain("Number", Invariant(pillar.Number)), Text("Name", pillar.Name)]);
            foreach (var objective in pillar.Objectives)
            {
                objectivePlaces[objective.Id] = Place(pillar.Name, objective.Number);
                yield return Statement($"objective:{objective.Id}", "objective", pillar.Name, [objective.Number], objective.Statement);
                foreach (var line in objective.LinesOfAction)
                {
                    yield return Statement($"lineOfAction:{line.Id}", "lineOfAction", pillar.Name, [objective.Number, line.Number], line.Statement);
                    foreach (var activity in line.Activities)
                    {
                        activityPlaces[activity.Id] = Place(pillar.Name, objective.Number, line.Number, activity.Number);
                        var item = Statement($"activity:{activity.Id}", "activity", pillar.Name, [objective.Number, line.Number, activity.Number], activity.Statement);
                        yield return item with
                        {
                            Fields = [.. item.Fields, Names("Responsible", activity.Responsible), Names("CoResponsible", activity.CoResponsible)],
                        };
                    }
                }
            }
        }

        foreach (var indicator in snapshot.Indicators)
        {
            yield return new SnapshotItem($"indicator:{indicator.Id}", "indicator", _ => indicator.Code,
            [
                Plain("Code", indicator.Code), Text("Objective", objectivePlaces.GetValueOrDefault(indicator.ObjectiveId)),
                Text("Activity", indicator.ActivityId is { } activity ? activityPlaces.GetValueOrDefault(activity) : null),
                Text("Wording", indicator.Wording), Choice("Type", "Indicators_Type_", indicator.Type), Text("Unit", indicator.Unit),
                Choice("Direction", "Indicators_Direction_", indicator.Direction), Number("BaselineValue", indicator.BaselineValue),
                Plain("BaselineYear", Invariant(indicator.BaselineYear)), Choice("Periodicity", "Indicators_Periodicity_", indicator.Periodicity),
                Text("DataSource", indicator.DataSource),
                Names("ResponsibleOrganisation", indicator.Responsible is { } responsible ? [responsible] : []),
                new("Disaggregations", FieldFormat.Choice, Plain: Joined(indicator.Disaggregations.Select(d => d.ToString())), ChoicePrefix: "Indicators_Dimension_"),
                Plain("SdgIndicators", Joined(indicator.FrameworkLinks.Where(l => l.Framework == Frameworks.GlobalFramework.Sdg).Select(l => l.Code))),
                Plain("Resolution1325Indicators",
                    Joined(indicator.FrameworkLinks.Where(l => l.Framework == Frameworks.GlobalFramework.Resolution1325).Select(l => l.Code))),
            ]);
            foreach (var target in indicator.Targets)
                yield return new SnapshotItem($"indicator:{indicator.Id}:target:{target.Year}", "target",
                    _ => $"{indicator.Code} · {Invariant(target.Year)}",
                    [Number("TargetValue", target.Value), Text("TargetDescription", target.Description)]);
        }
    }

    private static SnapshotItem Statement(string key, string subject, Texts pillarName, int[] numbers, Texts statement) =>
        new(key, subject, language => In(Place(pillarName, numbers), language),
            [Plain("Number", Invariant(numbers[^1])), Text("Statement", statement)]);

    /// <summary>"Prevention 3.1" in each language the pillar's name has: where an item sits, as search and the explorer name it.</summary>
    private static Texts Place(Texts pillarName, params int[] numbers)
    {
        var suffix = string.Join('.', numbers.Select(n => n.ToString(CultureInfo.InvariantCulture)));
        return pillarName.ToDictionary(n => n.Key, n => $"{n.Value} {suffix}");
    }

    private static SnapshotField Text(string name, Texts? texts) => new(name, FieldFormat.Text, Texts: texts);

    private static SnapshotField Plain(string name, string? value) => new(name, FieldFormat.Plain, Plain: value);

    private static SnapshotField Number(string name, decimal? value) =>
        new(name, FieldFormat.Number, Plain: value?.ToString(CultureInfo.InvariantCulture));

    private static SnapshotField Choice<T>(string name, string prefix, T value) where T : struct, Enum =>
        new(name, FieldFormat.Choice, Plain: value.ToString(), ChoicePrefix: prefix);

    /// <summary>Organisations by acronym where they have one, in every language any of their names has.</summary>
    private static SnapshotField Names(string name, IEnumerable<OrganisationSnapshot> organisations)
    {
        var list = organisations.ToList();
        if (list.Count == 0) return Text(name, null);
        var languages = list.SelectMany(o => o.Name.Keys.Concat(o.Acronym?.Keys ?? [])).Distinct().Order(StringComparer.Ordinal);
        return Text(name, languages.ToDictionary(l => l,
            l => string.Join(", ", list.Select(o => o.Acronym is { } acronym ? In(acronym, l) : In(o.Name, l)))));
    }

    public static string In(Texts texts, string language) =>
        texts.TryGetValue(language, out var value) ? value
        : texts.TryGetValue(LanguageCode.Fallback, out var fallback) ? fallback
        : texts.Values.FirstOrDefault() ?? "";

    private static string? Joined(IEnumerable<string> values)
    {
        var joined = string.Join(", ", values);
        return joined.Length == 0 ? null : joined;
    }

    private static string? Invariant(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
