namespace Avance.Iati.Codes;

/// <summary>One IATI codelist (e.g. <c>Sector</c>): its codes, their names per language and their status.</summary>
public sealed class Codelist
{
    /// <summary>The language names fall back to; every IATI codelist is written in English first.</summary>
    public const string FallbackLanguage = "en";

    // IATI codes are case-sensitive; the second index only serves to tell a miscased code from an unknown one.
    private readonly Dictionary<string, CodelistItem> _items = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CodelistItem> _itemsIgnoringCase = new(StringComparer.OrdinalIgnoreCase);

    internal Codelist(string name, bool isComplete, IEnumerable<CodelistItem> items)
    {
        Name = name;
        IsComplete = isComplete;
        foreach (var item in items)
        {
            // FileFormat lists a few media types twice, identically; the first one stands.
            _items.TryAdd(item.Code, item);
            _itemsIgnoringCase.TryAdd(item.Code, item);
        }
        Languages = _items.Values.SelectMany(item => item.Names.Keys).ToHashSet();
    }

    /// <summary>The codelist's name (e.g. <c>Sector</c>, <c>UNSDG-Goals</c>).</summary>
    public string Name { get; }

    /// <summary>
    /// False when IATI marks the list as not exhaustive (e.g. Country, Language): a code missing from it may still
    /// be right.
    /// </summary>
    public bool IsComplete { get; }

    /// <summary>Every code of the list, active and withdrawn.</summary>
    public IReadOnlyCollection<CodelistItem> Items => _items.Values;

    /// <summary>The item for <paramref name="code"/>, spelled exactly so, or null when the list does not have it.</summary>
    public CodelistItem? Find(string code) => _items.GetValueOrDefault(code);

    /// <summary>
    /// The item whose code equals <paramref name="code"/> but for case (e.g. <c>16.A</c> for target <c>16.a</c>,
    /// <c>EN</c> for language <c>en</c>), or null.
    /// </summary>
    public CodelistItem? FindIgnoringCase(string code) => _itemsIgnoringCase.GetValueOrDefault(code);

    /// <summary>Languages in which at least one code has a name, lower-case ISO 639-1.</summary>
    public IReadOnlySet<string> Languages { get; }
}
