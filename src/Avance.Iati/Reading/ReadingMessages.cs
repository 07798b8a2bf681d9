using System.Globalization;
using System.Resources;

namespace Avance.Iati.Reading;

/// <summary>The reader's messages (Resources/Reading.resx), in English and Spanish.</summary>
internal static class ReadingMessages
{
    private static readonly ResourceManager Resources =
        new("Avance.Iati.Resources.Reading", typeof(ReadingMessages).Assembly);

    /// <summary>The message for <paramref name="key"/> in <paramref name="culture"/>, English if untranslated.</summary>
    public static string Get(string key, CultureInfo culture) =>
        Resources.GetString(key, culture) ?? throw new MissingManifestResourceException(key);
}
