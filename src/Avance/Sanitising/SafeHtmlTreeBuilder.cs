using System.Text;
using AngleSharp.Dom;

namespace Avance.Sanitising;

/// <summary>
/// Builds the allow-listed tree from a parsed fragment, keeping only nestings that an HTML parser
/// reproduces unchanged, so sanitised output re-sanitises to itself.
/// </summary>
internal static class SafeHtmlTreeBuilder
{
    public static List<SafeNode> Build(INodeList nodes) => Build(nodes, Placement.Root);

    private static List<SafeNode> Build(IEnumerable<INode> nodes, Placement placement)
    {
        var built = new List<SafeNode>();
        foreach (var node in nodes)
        {
            if (node is IText text)
            {
                built.Add(SafeNode.TextNode(text.Data));
            }
            else if (node is IElement element)
            {
                AddElement(element, placement, built);
            }
        }

        return MergeAdjacentText(built);
    }

    private static void AddElement(IElement element, Placement placement, List<SafeNode> built)
    {
        var name = MarkupParser.NameOf(element);
        if (ElementRules.IsDroppedWithContent(name))
        {
            return;
        }

        if (name == "br")
        {
            built.Add(SafeNode.Element(name, null, []));
            return;
        }

        var href = name == "a" ? LinkCleaner.CleanHref(element.GetAttribute("href")) : null;
        if (!placement.Permits(name, href))
        {
            // Unwrapped block content still needs a break, or the words either side would run together.
            var separator = SafeNode.TextNode(ElementRules.SeparatorFor(name));
            built.Add(separator);
            built.AddRange(Build(element.ChildNodes, placement));
            built.Add(separator);
            return;
        }

        var children = Build(element.ChildNodes, placement.Inside(name));
        var leading = TakeEdgeWhitespace(children, atStart: true);
        var trailing = TakeEdgeWhitespace(children, atStart: false);
        var kept = SafeNode.Element(name, href, children);
        if (!kept.HasVisibleContent())
        {
            built.Add(SafeNode.TextNode(leading + trailing));
            return;
        }

        if (ElementRules.IsAllowedBlock(name))
        {
            built.Add(kept);
            return;
        }

        // Whitespace at an inline element's edges still separates words, so it moves outside the tags.
        built.Add(SafeNode.TextNode(leading));
        built.Add(kept);
        built.Add(SafeNode.TextNode(trailing));
    }

    private static string TakeEdgeWhitespace(List<SafeNode> children, bool atStart)
    {
        var index = atStart ? 0 : children.Count - 1;
        if (children.Count == 0 || !children[index].IsText)
        {
            return string.Empty;
        }

        var text = children[index].Text;
        var trimmed = atStart ? text.TrimStart() : text.TrimEnd();
        if (trimmed.Length == 0)
        {
            children.RemoveAt(index);
        }
        else
        {
            children[index] = SafeNode.TextNode(trimmed);
        }

        return atStart ? text[..^trimmed.Length] : text[trimmed.Length..];
    }

    private static List<SafeNode> MergeAdjacentText(List<SafeNode> nodes)
    {
        var merged = new List<SafeNode>(nodes.Count);
        var pendingText = new StringBuilder();
        foreach (var node in nodes)
        {
            if (node.IsText)
            {
                pendingText.Append(node.Text);
                continue;
            }

            FlushText(pendingText, merged);
            merged.Add(node);
        }

        FlushText(pendingText, merged);
        return merged;
    }

    private static void FlushText(StringBuilder pendingText, List<SafeNode> merged)
    {
        var text = Whitespace.Collapse(UrlsInText.Clean(pendingText.ToString()));
        if (text.Length > 0)
        {
            merged.Add(SafeNode.TextNode(text));
        }

        pendingText.Clear();
    }
}
