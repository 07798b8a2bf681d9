using System.Globalization;
using System.Text.Json.Serialization;
using Avance.Web;
using Texts = System.Collections.Generic.IReadOnlyDictionary<string, string>;

namespace Avance.Features.Plans;

[JsonConverter(typeof(JsonStringEnumConverter<ChangeKind>))]
public enum ChangeKind { Added, Removed, Changed }

/// <summary>
/// One item that differs between two versions of a plan. <paramref name="Subject"/> says what it is ("pillar",
/// "objective", "lineOfAction", "activity", "indicator", "target", "plan"); <paramref name="Label"/> where it sits, in the
/// reader's language. Added and removed items carry no fields.
/// </summary>
public sealed record ItemChangeRow(string Subject, string Label, ChangeKind Change, IReadOnlyList<FieldChangeRow> Fields);

/// <summary>
/// One field that changed, its values as the reader sees them. A text changed only in another language than the
/// reader's names that <paramref name="Language"/> and shows the values in it; otherwise Language is null.
/// </summary>
public sealed record FieldChangeRow(string Field, string FieldLabel, string? Language, string? Before, string? After);

/// <summary>
/// What changed between two snapshots of a plan, item by item and field by field, in plan order. Texts are compared in
/// every language; labels, numbers and dates are written for the request's language.
/// </summary>
public static class PlanChanges
{
    /// <summary>The changes from <paramref name="before"/> (null for a plan's first version: everything is added) to <paramref name="after"/>.</summary>
    public static List<ItemChangeRow> Between(PlanSnapshot? before, PlanSnapshot after, string language)
    {
        var old = before is null ? [] : SnapshotItems.Of(before).ToDictionary(i => i.Key);
        var current = SnapshotItems.Of(after).ToList();
        var keys = current.Select(i => i.Key).ToHashSet();
        var rows = new List<ItemChangeRow>();
        foreach (var item in current)
        {
            if (!old.TryGetValue(item.Key, out var previous))
                rows.Add(new ItemChangeRow(item.Subject, item.Label(language), ChangeKind.Added, []));
            else if (Fields(previous, item, language) is { Count: > 0 } fields)
                rows.Add(new ItemChangeRow(item.Subject, item.Label(language), ChangeKind.Changed, fields));
        }
        rows.AddRange(old.Values.Where(i => !keys.Contains(i.Key))
            .Select(i => new ItemChangeRow(i.Subject, i.Label(language), ChangeKind.Removed, [])));
        return rows;
    }

    private static List<FieldChangeRow> Fields(SnapshotItem before, SnapshotItem after, string language)
    {
        var previous = before.Fields.ToDictionary(f => f.Name);
        var rows = new List<FieldChangeRow>();
        foreach (var field in after.Fields)
        {
            var old = previous.GetValueOrDefault(field.Name);
            if (field.Format == FieldFormat.Text) rows.AddRange(TextChanges(field.Name, old?.Texts, field.Texts, language));
            else if (old?.Plain != field.Plain)
                rows.Add(new FieldChangeRow(field.Name, Label(field.Name), null, Shown(old), Shown(field)));
        }
        return rows;
    }

    /// <summary>The reader's language when the text changed in it; otherwise each language it changed in.</summary>
    private static IEnumerable<FieldChangeRow> TextChanges(string name, Texts? before, Texts? after, string language)
    {
        var languages = (before?.Keys ?? []).Union(after?.Keys ?? []).Order(StringComparer.Ordinal).ToList();
        var changed = languages.Where(l => before?.GetValueOrDefault(l) != after?.GetValueOrDefault(l)).ToList();
        if (changed.Count == 0) return [];
        if (changed.Contains(language) || (before is null) != (after is null))
            return [new FieldChangeRow(name, Label(name), null, In(before, language), In(after, language))];
        return changed.Select(l => new FieldChangeRow(name, Label(name), l, before?.GetValueOrDefault(l), after?.GetValueOrDefault(l)));
    }

    private static string? In(Texts? texts, string language) => texts is null ? null : SnapshotItems.In(texts, language);

    /// <summary>Numbers, dates and choices as the reader's language writes them (the request's culture).</summary>
    private static string? Shown(SnapshotField? field)
    {
        if (field?.Plain is not { } value) return null;
        return field.Format switch
        {
            FieldFormat.Number => Format.Number(decimal.Parse(value, CultureInfo.InvariantCulture)),
            FieldFormat.Date => Format.Date(DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture)),
            FieldFormat.Flag => Text(value == "true" ? "Authoring_Yes" : "Authoring_No"),
            FieldFormat.Choice => string.Join(", ", value.Split(", ").Select(v => Text(field.ChoicePrefix + v))),
            _ => value,
        };
    }

    private static string Label(string field) => Text("Authoring_Field_" + field);

    private static string Text(string key) => UiText.Get(key, CultureInfo.CurrentUICulture);
}
