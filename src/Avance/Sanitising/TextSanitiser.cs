namespace Avance.Sanitising;

/// <summary>Allow-list sanitiser for untrusted text (seed pages, imported narratives, user input).</summary>
public static class TextSanitiser
{
    // Double-escaped markup ("&amp;lt;sup&amp;gt;") only shows up as markup after a pass has decoded it,
    // so passes repeat until the text stops changing; real pages settle within three or four.
    private const int PassesBeforeNeutralising = 4;
    private const int MaxPlainTextPasses = 8;

    /// <summary>Plain text: entities decoded, tags dropped, tracking links removed, whitespace collapsed.</summary>
    public static string ToPlainText(string? input)
    {
        if (string.IsNullOrEmpty(input))
        {
            return string.Empty;
        }

        var text = input;
        for (var pass = 1; ; pass++)
        {
            var next = PlainTextPass(text);
            if (next == text || pass == MaxPlainTextPasses)
            {
                return next;
            }

            text = pass < PassesBeforeNeutralising ? next : MarkupNeutraliser.Neutralise(next);
        }
    }

    /// <summary>HTML limited to an allow-list of elements and attributes; everything else is unwrapped or dropped.</summary>
    public static string ToSafeHtml(string? input)
    {
        if (string.IsNullOrEmpty(input))
        {
            return string.Empty;
        }

        var tree = SafeHtmlTreeBuilder.Build(MarkupParser.ParseBodyFragment(input));
        return SafeHtmlWriter.Write(tree).Trim();
    }

    /// <summary>
    /// Whether the text may hold a tag or a character reference. Text without '&lt;', and whose every '&amp;' is
    /// followed by whitespace or ends the text ("Women &amp; girls"), parses to itself, so the pass can skip the parser.
    /// </summary>
    private static bool MayHoldMarkup(string text)
    {
        var span = text.AsSpan();
        if (span.Contains('<')) return true;
        for (var at = span.IndexOf('&'); at >= 0; at = span.IndexOf('&'))
        {
            if (at + 1 < span.Length && !char.IsWhiteSpace(span[at + 1])) return true;
            span = span[(at + 1)..];
        }
        return false;
    }

    private static string PlainTextPass(string text)
    {
        var rendered = MayHoldMarkup(text) ? PlainTextWriter.Write(MarkupParser.ParseBodyFragment(text)) : text;
        var collapsed = Whitespace.Collapse(UrlsInText.Clean(rendered));
        return Whitespace.Collapse(PlaceholderText.Remove(collapsed)).Trim();
    }
}
