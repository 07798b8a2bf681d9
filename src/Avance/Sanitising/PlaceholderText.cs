using System.Text.RegularExpressions;

namespace Avance.Sanitising;

/// <summary>Removes "Lorem ipsum" filler that page templates left in place of real content.</summary>
internal static partial class PlaceholderText
{
    public static string Remove(string text)
    {
        if (text.IndexOf("lorem", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return text;
        }

        // Filler that fills whole lines goes with its line break, so the lines around it stay one block.
        var withoutLines = FillerLines().Replace(text, string.Empty);
        return FillerSentence().Replace(withoutLines, string.Empty);
    }

    private const string Sentence = @"lorem[ \t\u00A0]+ipsum\b[^.!?\n]*(?:[.!?]+|(?=\n)|$)";

    [GeneratedRegex(@"^[ \t\u00A0]*(?:" + Sentence + @"[ \t\u00A0]*)+(?:\n|$)",
        RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: Timeout.Infinite)]
    private static partial Regex FillerLines();

    // Only at the start of a sentence, so prose that merely mentions lorem ipsum mid-sentence survives.
    [GeneratedRegex(@"(?<=^|[.!?:;]['""”’)\]]*[ \t\u00A0]*|\n[ \t\u00A0]*)" + Sentence,
        RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: Timeout.Infinite)]
    private static partial Regex FillerSentence();
}
