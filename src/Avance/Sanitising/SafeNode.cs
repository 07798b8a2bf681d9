namespace Avance.Sanitising;

/// <summary>A node of the sanitised tree: text, or an allowed element with its only permitted attribute.</summary>
internal sealed class SafeNode
{
    private SafeNode(string? tag, string text, string? href, List<SafeNode> children)
    {
        Tag = tag;
        Text = text;
        Href = href;
        Children = children;
    }

    /// <summary>The element name, or null for a text node.</summary>
    public string? Tag { get; }

    public string Text { get; }

    public string? Href { get; }

    public List<SafeNode> Children { get; }

    public bool IsText => Tag is null;

    public static SafeNode TextNode(string text) => new(null, text, null, []);

    public static SafeNode Element(string tag, string? href, List<SafeNode> children) => new(tag, string.Empty, href, children);

    /// <summary>True when the element would show something: text, a line break or a non-empty child.</summary>
    public bool HasVisibleContent() =>
        Children.Exists(child => child.Tag is not null || !string.IsNullOrWhiteSpace(child.Text));
}
