using System.Text.RegularExpressions;

namespace Avance.Sanitising;

/// <summary>Last resort for plain text whose entities are escaped so many times that every pass decodes new markup.</summary>
internal static partial class MarkupNeutraliser
{
    /// <summary>
    /// Drops the '&lt;' and '&amp;' characters that would start a tag or a character reference, so the
    /// text reads back as itself and the sanitiser stays idempotent.
    /// </summary>
    public static string Neutralise(string text) =>
        Whitespace.Collapse(MarkupStart().Replace(text, string.Empty)).Trim();

    // A whole run goes at once: dropping only its last character could complete a new reference.
    [GeneratedRegex("[<&]+(?=[A-Za-z0-9#/!?])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: Timeout.Infinite)]
    private static partial Regex MarkupStart();
}
