using System.Globalization;
using Avance.Features.Indicators;
using Avance.Features.Reporting.Entry.Rules;

namespace Avance.Features.Reporting.Entry;

/// <summary>One value input as the form posts it. New institutions or municipalities come with their dimension and the name typed.</summary>
public sealed class ValueField
{
    /// <summary>Null as well as "" means the total: a browser's empty field arrives as null.</summary>
    public string? Combination { get; set; }
    public string? Raw { get; set; }
    public int Version { get; set; }
    public DisaggregationDimension? NewDimension { get; set; }
    public string? NewCategory { get; set; }
}

/// <summary>A row of the form: an editable input (with its position in the posted list) or a value shown as it stands.</summary>
public sealed record FormRow(int Index, ValueField Field, string Label, CombinationRow? Saved)
{
    public bool Editable => Index >= 0;
    public string Id => Editable ? $"value-{Index}" : $"saved-{Saved!.Key}";
}

/// <summary>
/// Between the indicator form and an <see cref="EntryInput"/>: which rows the form shows (keeping what was typed when it
/// comes back with problems), and what the posted rows mean to the rules.
/// </summary>
public static class EntryForm
{
    /// <summary>Empty rows offered for naming further institutions or municipalities.</summary>
    public const int NewCategoryRows = 2;

    public static List<FormRow> Rows(IndicatorEntryRow indicator, IReadOnlyList<ValueField>? posted, bool takeSavedVersions, CultureInfo culture)
    {
        var rows = new List<FormRow>();
        void Add(CombinationRow combination)
        {
            if (!combination.Editable)
            {
                rows.Add(new FormRow(-1, new ValueField { Combination = combination.Key }, combination.Label, combination));
                return;
            }
            var field = posted?.FirstOrDefault(f => f.NewDimension is null && (f.Combination ?? "") == combination.Key)
                ?? new ValueField { Combination = combination.Key, Raw = Saved(combination, indicator.Type, culture), Version = combination.Version };
            if (takeSavedVersions || posted is null) field.Version = combination.Version;
            rows.Add(new FormRow(rows.Count(r => r.Editable), field, combination.Label, combination));
        }

        Add(indicator.Total);
        foreach (var dimension in indicator.Dimensions)
        {
            foreach (var combination in indicator.Combinations.Where(c => c.Dimension == dimension)) Add(combination);
            if (!Categories.IsOpen(dimension)) continue;
            var typed = posted?.Where(f => f.NewDimension == dimension && !IsBlank(f)).ToList() ?? [];
            foreach (var field in typed.Concat(Enumerable.Range(0, NewCategoryRows).Select(_ => new ValueField { NewDimension = dimension })))
                rows.Add(new FormRow(rows.Count(r => r.Editable), field, "", null));
        }
        return rows;
    }

    /// <summary>The posted rows as the rules read them, and for each input the field it came from (to put problems next to it).</summary>
    public static (List<ValueInput> Values, List<ValueField> Fields) Values(IReadOnlyList<ValueField> posted)
    {
        var values = new List<ValueInput>();
        var fields = new List<ValueField>();
        foreach (var field in posted)
        {
            if (field.NewDimension is not null && IsBlank(field)) continue;
            var combination = field.NewDimension is { } named ? $"{named}={field.NewCategory?.Trim()}" : field.Combination ?? "";
            // A browser sends an emptied input as an empty value, which means "clear it".
            values.Add(new ValueInput(combination, field.Raw ?? "", field.Version));
            fields.Add(field);
        }
        return (values, fields);
    }

    public static string Saved(CombinationRow combination, IndicatorType type, CultureInfo culture) =>
        ValueText.ForEditing(new EnteredValue(combination.Value, combination.TextValue), type, culture);

    private static bool IsBlank(ValueField field) => string.IsNullOrWhiteSpace(field.NewCategory) && string.IsNullOrWhiteSpace(field.Raw);
}
