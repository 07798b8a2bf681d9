namespace Avance.Web.Maps;

/// <summary>One band of values on a choropleth, from Lower to Upper inclusive, and the colour it is filled with.</summary>
public sealed record ValueClass(int Index, decimal Lower, decimal Upper, string Colour)
{
    public bool Contains(decimal value) => value >= Lower && value <= Upper;
}

/// <summary>
/// Splits values into at most five classes holding about the same number of distinct values each, so bounds are
/// values that occur (readers can find them in the table) and no class is empty.
/// </summary>
public static class ValueClasses
{
    public const int MaxClasses = 5;

    /// <summary>
    /// A sequential purple ramp (ColorBrewer "Purples", light to dark): it stays in order for every common kind of
    /// colour blindness and in greyscale print.
    /// </summary>
    public static readonly IReadOnlyList<string> Ramp = ["#dadaeb", "#bcbddc", "#9e9ac8", "#6a51a3", "#4a1486"];

    public static IReadOnlyList<ValueClass> For(IEnumerable<decimal> values)
    {
        var distinct = values.Distinct().Order().ToList();
        var count = Math.Min(MaxClasses, distinct.Count);
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var first = i * distinct.Count / count;
            var last = (i + 1) * distinct.Count / count - 1;
            return new ValueClass(i, distinct[first], distinct[last], Ramp[ColourIndex(i, count)]);
        })];
    }

    public static ValueClass? Of(decimal value, IReadOnlyList<ValueClass> classes) => classes.FirstOrDefault(c => c.Contains(value));

    // Fewer classes than colours take colours spread over the whole ramp, so neighbouring classes stay easy to tell
    // apart; a single class takes a strong colour that cannot be mistaken for the pale "no data" background.
    private static int ColourIndex(int index, int count) =>
        count == 1 ? Ramp.Count - 2 : (int)Math.Round(index * (Ramp.Count - 1) / (double)(count - 1));
}
