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
        ["Ui", "Plans", "Indicators", "Results", "Programmes", "Search", "Downloads", "Errors", "Accounts", "Authoring", "Workflow", "Assessments", "Review"];

    private static readonly ResourceManager[] Managers =
        [.. ResourceSets.Select(name => new ResourceManager($"Avance.Resources.{name}", typeof(UiText).Assembly))];

    public string this[string key] => Get(key, CultureInfo.CurrentUICulture);

    public string this[string key, params object[] arguments] => string.Format(CultureInfo.CurrentCulture, this[key], arguments);

    public static string Get(string key, CultureInfo culture)
    {
        var language = culture.TwoLetterISOLanguageName;
        var resources = language == Languages.Default ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(language);
        foreach (var manager in Managers)
            if (Set(manager, resources)?.GetString(key) is { } text) return text;
        return $"⟦{key}⟧";
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
