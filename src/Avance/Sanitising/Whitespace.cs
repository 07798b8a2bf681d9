using System.Text;

namespace Avance.Sanitising;

/// <summary>Collapses whitespace while keeping line and paragraph breaks, and strips control characters.</summary>
internal static class Whitespace
{
    public const string LineBreak = "\n";
    public const string ParagraphBreak = "\n\n";

    /// <summary>
    /// A whitespace run becomes one space, one "\n" if it held a single line break,
    /// or "\n\n" if it held more.
    /// </summary>
    public static string Collapse(string text)
    {
        if (IsCollapsed(text))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                var newlines = 0;
                while (i < text.Length && char.IsWhiteSpace(text[i]))
                {
                    if (IsNewline(text, i))
                    {
                        newlines++;
                    }

                    i++;
                }

                result.Append(newlines switch { 0 => " ", 1 => LineBreak, _ => ParagraphBreak });
                continue;
            }

            if (!char.IsControl(c))
            {
                result.Append(c);
            }

            i++;
        }

        return result.ToString();
    }

    /// <summary>Whether collapsing would change nothing: no control character, no run, only ' ' or '\n' between words.</summary>
    private static bool IsCollapsed(string text)
    {
        var previousWasSpace = false;
        foreach (var c in text)
        {
            var isSpace = c is ' ' or '\n';
            if (isSpace ? previousWasSpace : char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return false;
            }

            previousWasSpace = isSpace;
        }

        return true;
    }

    private static bool IsNewline(string text, int index) => text[index] switch
    {
        '\n' or '\u2028' or '\u2029' => true,
        '\r' => index + 1 >= text.Length || text[index + 1] != '\n',
        _ => false,
    };
}
