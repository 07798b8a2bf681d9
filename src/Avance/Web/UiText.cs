using System.Globalization;
using System.Resources;

namespace Avance.Web;

/// <summary>
/// Interface strings in the request's language. The neutral resources are English; a key missing from another
/// language shows as ⟦key⟧ instead of silently falling back to English, so completeness tests can see it.
/// </summary>
public sealed class UiText
{
    private static readonly ResourceManager Resources = new("Avance.Resources.Ui", typeof(UiText).Assembly);

    public string this[string key] => Get(key, CultureInfo.CurrentUICulture);

    public string this[string key, params object[] arguments] => string.Format(CultureInfo.CurrentCulture, this[key], arguments);

    public static string Get(string key, CultureInfo culture)
    {
        var language = culture.TwoLetterISOLanguageName;
        var resources = language == Languages.Default ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(language);
        return Resources.GetResourceSet(resources, createIfNotExists: true, tryParents: false)?.GetString(key) ?? $"⟦{key}⟧";
    }
}
