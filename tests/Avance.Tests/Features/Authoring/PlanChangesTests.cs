using Avance.Domain;
using Avance.Features.Indicators;
using Avance.Features.Plans;
using Avance.Tests.Infrastructure;

namespace Avance.Tests.Features.Authoring;

/// <summary>Comparing two snapshots of a plan, without a database.</summary>
public sealed class PlanChangesTests
{
    [Fact]
    public void A_text_changed_only_in_spanish_is_shown_in_spanish_to_an_english_reader()
    {
        using var _ = new ReaderCulture("en");

        var changes = PlanChanges.Between(Snapshot("Capacitar a la policía", 10m), Snapshot("Formar a la policía", 10m), "en");

        var change = Assert.Single(changes);
        Assert.Equal(("objective", "Prevention 3", ChangeKind.Changed), (change.Subject, change.Label, change.Change));
        var field = Assert.Single(change.Fields);
        Assert.Equal(("Statement", "Statement", "es", "Capacitar a la policía", "Formar a la policía"),
            (field.Field, field.FieldLabel, field.Language, field.Before, field.After));
    }

    [Fact]
    public void Values_are_written_as_the_reader_writes_them_and_targets_are_added_and_removed_by_year()
    {
        using var _ = new ReaderCulture("es");

        var changes = PlanChanges.Between(Snapshot("Capacitar", 1500.5m, 2024), Snapshot("Capacitar", 2000m, 2025), "es");

        Assert.Equal([("indicator", "PRE-3.1", ChangeKind.Changed), ("target", "PRE-3.1 · 2025", ChangeKind.Added), ("target", "PRE-3.1 · 2024", ChangeKind.Removed)],
            changes.Select(c => (c.Subject, c.Label, c.Change)));
        var baseline = Assert.Single(changes[0].Fields);
        Assert.Equal(("Valor de la línea de base", null, "1.500,5", "2.000"), (baseline.FieldLabel, baseline.Language, baseline.Before, baseline.After));
    }

    [Fact]
    public void A_first_version_adds_everything_and_a_snapshot_read_back_from_its_json_changes_nothing()
    {
        using var _ = new ReaderCulture("en");
        var snapshot = Snapshot("Capacitar", 10m, 2024);

        var first = PlanChanges.Between(null, snapshot, "en");
        var same = PlanChanges.Between(PlanSnapshot.FromJson(snapshot.ToJson()), snapshot, "en");

        Assert.Equal(["plan", "pillar", "objective", "indicator", "target"], first.Select(c => c.Subject));
        Assert.All(first, c => Assert.Equal(ChangeKind.Added, c.Change));
        Assert.Empty(same);
    }

    private static PlanSnapshot Snapshot(string spanishStatement, decimal baseline, params int[] targetYears) => new(
        new PlanFactsSnapshot("NAP-1325", 1, Texts("Plan", "Plan"), null, new DateOnly(2021, 1, 11), 2021, null, 3, Involvement.NotStated, null,
            Involvement.Partly, null, null, BudgetArrangement.AgenciesOwnResources, null, null, null, true, null, []),
        [new PillarSnapshot(1, 1, Texts("Prevention", "Prevención"), [new ObjectiveSnapshot(2, 3, Texts("Train the police", spanishStatement), [])])],
        [new IndicatorSnapshot(5, "PRE-3.1", 2, null, Texts("Police trained", "Policías capacitados"), IndicatorType.Number, null,
            IndicatorDirection.Increase, baseline, 2020, Periodicity.Annual, null, null, [], [],
            [.. targetYears.Select(y => new TargetSnapshot(y, 100, null))], null)]);

    private static SortedDictionary<string, string> Texts(string english, string spanish) =>
        new(StringComparer.Ordinal) { ["en"] = english, ["es"] = spanish };
}
