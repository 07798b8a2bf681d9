using Avance.Domain;
using Avance.Sanitising;

namespace Avance.Data.Demo;

/// <summary>
/// Every string the demo stores goes through the sanitiser, as imported text does, so the demo data cannot carry
/// markup or entities and exercises the same path as real imports.
/// </summary>
internal static class DemoText
{
    public static LocalizedText T(string english, string spanish) =>
        LocalizedText.Of(TextSanitiser.ToPlainText(english), TextSanitiser.ToPlainText(spanish));

    public static string S(string text) => TextSanitiser.ToPlainText(text);
}
