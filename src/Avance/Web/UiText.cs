using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Resources;

namespace Avance.Web;

/// <summary>
/// Interface strings in the request's language. Shared strings live in Resources/Ui.resx, each feature's in
/// Resources/{Feature}.resx, so features can add text without touching each other's files. The neutral
/// resources are English; a key missing from another language shows as ⟦key⟧ instead of silently falling back
/// to English, so completeness tests can see it.
/// </summary>
public sealed class UiText
{
    /// <summary>Every interface resource set, by base name; the translation tests check each of them.</summary>
    public static readonly IReadOnlyList<string> ResourceSets =
        ["Ui", "Plans", "Indicators", "Results", "Programmes", "Search", "Downloads", "Errors", "Accounts", "Authoring", "Workflow", "Assessments", "Interchange", "Review"];

    private static readonly ResourceManager[] Managers =
        [.. ResourceSets.Select(name => new ResourceManager($"Avance.Resources.{name}", typeof(UiText).Assembly))];

    public string this[string key] => Get(key, CultureInfo.CurrentUICulture);

    public string this[string key, params object[] arguments] => string.Format(CultureInfo.CurrentCulture, this[key], arguments);

    /// <summary>
    /// The form for a count: key + "One" for exactly one, key + "Other" otherwise (English and Spanish agree on this),
    /// with the count as the text's {0}.
    /// </summary>
    public string Count(string key, long count) => this[key + (count == 1 ? "One" : "Other"), Format.Number(count)];

    /// <summary>Every set's strings of one language merged into one table, read once: a page asks for a hundred strings.</summary>
    private static readonly ConcurrentDictionary<string, FrozenDictionary<string, string>> ByLanguage = new();

    public static string Get(string key, CultureInfo culture) =>
        Strings(culture).TryGetValue(key, out var text) ? text : $"⟦{key}⟧";

    /// <summary>
    /// The last culture asked about and its table, which spares a page's hundred look-ups the language name and the
    /// concurrent dictionary: requests share the read-only cultures, so the reference identifies the language. One
    /// object, so another thread never reads one culture with another's table.
    /// </summary>
    private static Table? last;

    private sealed record Table(CultureInfo Culture, FrozenDictionary<string, string> Strings);

    private static FrozenDictionary<string, string> Strings(CultureInfo culture)
    {
        var known = last;
        if (known is not null && ReferenceEquals(known.Culture, culture)) return known.Strings;
        var strings = ByLanguage.GetOrAdd(culture.TwoLetterISOLanguageName, Load);
        last = new Table(culture, strings);
        return strings;
    }

    /// <summary>The strings of a language; where two sets have the same key, the first set in <see cref="ResourceSets"/> wins.</summary>
    private static FrozenDictionary<string, string> Load(string language)
    {
        var resources = language == Languages.Default ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(language);
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var set in Managers.Select(manager => Set(manager, resources)).OfType<ResourceSet>())
            foreach (DictionaryEntry entry in set)
                if (entry.Value is string text) strings.TryAdd((string)entry.Key, text);
        return strings.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static ResourceSet? Set(ResourceManager manager, CultureInfo culture)
    {
        try
        {
            return manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        }
        catch (MissingManifestResourceException)
        {
            return null;
        }
    }
}
