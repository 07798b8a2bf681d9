namespace Avance.Iati.Validation;

/// <summary>Spells XPath-like locations the same way for the schema validator and the data-quality rules.</summary>
internal static class LocationPath
{
    /// <summary>One step: the element name, with its position among same-named siblings when that is above 1.</summary>
    public static string Step(string element, int position) => position > 1 ? $"{element}[{position}]" : element;

    /// <summary>Steps joined with slashes, skipping empty ones.</summary>
    /// <remarks>Without an array or a query: every code of every activity gets a location, reported or not.</remarks>
    public static string Join(params ReadOnlySpan<string?> steps)
    {
        var joined = "";
        foreach (var step in steps)
        {
            if (string.IsNullOrEmpty(step)) continue;
            joined = joined.Length == 0 ? step : string.Concat(joined, "/", step);
        }
        return joined;
    }

    /// <summary>Each item of a list of <paramref name="element"/> siblings with its location below <paramref name="parent"/>.</summary>
    public static IEnumerable<(string Location, T Item)> Each<T>(IReadOnlyList<T> items, string element, string? parent = null) =>
        items.Select((item, index) => (Join(parent, Step(element, index + 1)), item));
}
