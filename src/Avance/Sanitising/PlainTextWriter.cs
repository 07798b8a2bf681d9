using System.Text;
using AngleSharp.Dom;

namespace Avance.Sanitising;

/// <summary>Renders a parsed fragment as the text a reader would see, with block elements on their own lines.</summary>
internal static class PlainTextWriter
{
    public static string Write(INodeList nodes)
    {
        var text = new StringBuilder();
        foreach (var node in nodes)
        {
            Write(node, text);
        }

        return text.ToString();
    }

    private static void Write(INode node, StringBuilder text)
    {
        if (node is IText textNode)
        {
            text.Append(textNode.Data);
            return;
        }

        if (node is not IElement element)
        {
            return;
        }

        var name = MarkupParser.NameOf(element);
        if (ElementRules.IsDroppedWithContent(name))
        {
            return;
        }

        if (name == "br")
        {
            text.Append(Whitespace.LineBreak);
            return;
        }

        var separator = ElementRules.SeparatorFor(name);
        text.Append(separator);
        foreach (var child in element.ChildNodes)
        {
            Write(child, text);
        }

        text.Append(separator);
    }
}
