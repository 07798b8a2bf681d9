using Avance.Features.Indicators;

using Avance.Domain;

namespace Avance.Features.Reporting;

/// <summary>
/// Which slice of an indicator a value belongs to: the total, or a combination such as sex=female;state=09.
/// Stored as one canonical string (dimensions in a fixed order) so "one value per combination" is a unique index.
/// </summary>
public sealed record DisaggregationKey
{
    public static readonly DisaggregationKey Total = new(new SortedDictionary<DisaggregationDimension, string>());

    private DisaggregationKey(SortedDictionary<DisaggregationDimension, string> parts) => Parts = parts;

    public IReadOnlyDictionary<DisaggregationDimension, string> Parts { get; }
    public bool IsTotal => Parts.Count == 0;

    public static DisaggregationKey Of(params (DisaggregationDimension Dimension, string Category)[] parts)
    {
        var sorted = new SortedDictionary<DisaggregationDimension, string>();
        foreach (var (dimension, category) in parts)
        {
            var value = category.Trim();
            if (value.Length == 0 || value.Contains('=') || value.Contains(';'))
                throw new DomainRuleException("disaggregation.invalid-category", $"'{category}' is not a valid category for {dimension}.");
            if (!sorted.TryAdd(dimension, value))
                throw new DomainRuleException("disaggregation.repeated-dimension", $"{dimension} appears twice in one combination.");
        }
        return new DisaggregationKey(sorted);
    }

    public static DisaggregationKey Parse(string text)
    {
        if (text.Length == 0) return Total;
        var parts = text.Split(';').Select(part =>
        {
            var pair = part.Split('=');
            if (pair.Length != 2 || !Enum.TryParse<DisaggregationDimension>(pair[0], ignoreCase: true, out var dimension))
                throw new DomainRuleException("disaggregation.unreadable", $"'{part}' is not dimension=category.");
            return (dimension, pair[1]);
        });
        return Of([.. parts]);
    }

    public override string ToString() => string.Join(';', Parts.Select(p => $"{p.Key.ToString().ToLowerInvariant()}={p.Value}"));

    public bool Equals(DisaggregationKey? other) => other is not null && ToString() == other.ToString();
    public override int GetHashCode() => ToString().GetHashCode(StringComparison.Ordinal);
}
