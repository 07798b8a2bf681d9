using System.Text;

namespace Avance.Sanitising;

/// <summary>
/// Removes start tags that scraping cut off, such as <c>&lt;p style="margin-bottom:6.0</c>
/// at the end of a line or of the text.
/// </summary>
/// <remarks>
/// An HTML parser lets a quoted attribute value run on to the next quote anywhere later in the
/// text, so one cut tag would swallow whole paragraphs. Scraped fields never legitimately carry a
/// line break inside an attribute value, so a value still open at a line break marks the cut.
/// </remarks>
internal static class TruncatedTagRemover
{
    public static string Remove(string text)
    {
        if (!text.Contains('<'))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var copiedUpTo = 0;
        var index = 0;
        while (index < text.Length && (index = text.IndexOf('<', index)) >= 0)
        {
            if (text.AsSpan(index).StartsWith("<!--"))
            {
                var commentEnd = text.IndexOf("-->", index + 4, StringComparison.Ordinal);
                index = commentEnd < 0 ? text.Length : commentEnd + 3;
                continue;
            }

            if (index + 1 >= text.Length || !char.IsAsciiLetter(text[index + 1]))
            {
                index++;
                continue;
            }

            var cutEnd = FindCutEnd(text, index, out var tagEnd);
            if (cutEnd < 0)
            {
                index = tagEnd;
                continue;
            }

            result.Append(text, copiedUpTo, index - copiedUpTo);
            copiedUpTo = cutEnd;
            index = cutEnd;
        }

        if (copiedUpTo == 0)
        {
            return text;
        }

        result.Append(text, copiedUpTo, text.Length - copiedUpTo);
        return result.ToString();
    }

    /// <summary>Returns where a cut tag's fragment ends, or -1 with <paramref name="tagEnd"/> set for a whole tag.</summary>
    private static int FindCutEnd(string text, int tagStart, out int tagEnd)
    {
        var previousSignificant = '<';
        var position = tagStart + 1;
        while (position < text.Length)
        {
            var c = text[position];
            if (c == '>')
            {
                tagEnd = position + 1;
                return -1;
            }

            if ((c == '"' || c == '\'') && previousSignificant == '=')
            {
                var close = text.IndexOfAny([c, '\n'], position + 1);
                if (close < 0 || text[close] == '\n')
                {
                    tagEnd = -1;
                    return close < 0 ? text.Length : close;
                }

                position = close + 1;
                previousSignificant = c;
                continue;
            }

            if (!char.IsWhiteSpace(c))
            {
                previousSignificant = c;
            }

            position++;
        }

        tagEnd = -1;
        return text.Length;
    }
}
