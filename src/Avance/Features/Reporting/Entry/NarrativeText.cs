using Avance.Domain;

namespace Avance.Features.Reporting.Entry;

internal static class NarrativeText
{
    /// <summary>A narrative in the languages given; a changed narrative is always a new text, so the old wording stays where history points at it.</summary>
    public static LocalizedText? Of(string? english, string? spanish)
    {
        if (english is null && spanish is null) return null;
        var text = new LocalizedText();
        if (english is not null) text.Set("en", english);
        if (spanish is not null) text.Set("es", spanish);
        return text;
    }
}
