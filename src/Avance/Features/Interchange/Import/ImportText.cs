using System.Globalization;
using Avance.Web;

namespace Avance.Features.Interchange.Import;

/// <summary>The import's own messages (Resources/Interchange.resx) in the language the import runs in.</summary>
public sealed class ImportText(CultureInfo culture)
{
    public CultureInfo Culture => culture;

    public string this[string key, params object?[] arguments] => string.Format(culture, UiText.Get(key, culture), arguments);
}
