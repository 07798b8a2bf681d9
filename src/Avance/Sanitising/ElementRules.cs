namespace Avance.Sanitising;

/// <summary>Element classification shared by the plain-text and safe-HTML writers.</summary>
internal static class ElementRules
{
    // Their content is code, fallback markup or embedded documents, never prose a reader should see.
    private static readonly HashSet<string> DroppedWithContent = new(StringComparer.Ordinal)
    {
        "script", "style", "template", "noscript", "iframe", "object",
        "noembed", "noframes", "applet", "embed",
    };

    private static readonly HashSet<string> AllowedInline = new(StringComparer.Ordinal)
    {
        "a", "strong", "b", "em", "i", "sup", "sub",
    };

    private static readonly HashSet<string> AllowedBlock = new(StringComparer.Ordinal)
    {
        "p", "ul", "ol", "li", "blockquote",
    };

    // Elements a browser renders on their own line; their text must not run into the neighbours'.
    private static readonly HashSet<string> LineBreaking = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "caption", "dd", "details", "dialog", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
        "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
        "summary", "table", "tr", "ul",
    };

    private static readonly HashSet<string> TableCells = new(StringComparer.Ordinal) { "td", "th" };

    public static bool IsDroppedWithContent(string name) => DroppedWithContent.Contains(name);

    public static bool IsAllowedInline(string name) => AllowedInline.Contains(name);

    public static bool IsAllowedBlock(string name) => AllowedBlock.Contains(name);

    /// <summary>What must stand on either side of an element's text once its tags are gone.</summary>
    public static string SeparatorFor(string name) =>
        LineBreaking.Contains(name) ? Whitespace.ParagraphBreak
        : TableCells.Contains(name) ? " "
        : string.Empty;
}
