namespace Avance.Iati.Validation;

/// <summary>Spells XPath-like locations the same way for the schema validator and the data-quality rules.</summary>
internal static class LocationPath
{
    /// <summary>One step: the element name, with its position among same-named siblings when that is above 1.</summary>
    public static string Step(string element, int position) => position > 1 ? $"{element}[{position}]" : element;

    /// <summary>Steps joined with slashes, skipping empty ones.</summary>
    public static string Join(params string?[] steps) => string.Join('/', steps.Where(step => !string.IsNullOrEmpty(step)));

    /// <summary>Each item of a list of <paramref name="element"/> siblings with its location below <paramref name="parent"/>.</summary>
    public static IEnumerable<(string Location, T Item)> Each<T>(IReadOnlyList<T> items, string element, string? parent = null) =>
        items.Select((item, index) => (Join(parent, Step(element, index + 1)), item));
}
