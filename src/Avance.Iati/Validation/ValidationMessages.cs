using System.Globalization;
using System.Resources;

namespace Avance.Iati.Validation;

/// <summary>
/// The validation texts of <c>Resources/Validation.resx</c> (English) and <c>Validation.es.resx</c> (Spanish).
/// Written by hand because resource designer generation is not available in this build.
/// </summary>
internal static class ValidationMessages
{
    internal static readonly ResourceManager Resources = new("Avance.Iati.Resources.Validation", typeof(ValidationMessages).Assembly);

    /// <summary>The text stored under <paramref name="key"/> in <paramref name="culture"/>, English when missing.</summary>
    public static string Get(string key, CultureInfo culture) =>
        Resources.GetString(key, culture) ?? throw new MissingManifestResourceException(key);

    /// <summary>The text under <paramref name="key"/> with its placeholders filled, numbers written the culture's way.</summary>
    public static string Format(string key, CultureInfo culture, params object?[] arguments) =>
        string.Format(culture, Get(key, culture), arguments);
}
