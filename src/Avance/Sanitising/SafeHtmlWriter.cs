using System.Text;

namespace Avance.Sanitising;

/// <summary>Serialises the sanitised tree as well-formed HTML with every text and attribute escaped.</summary>
internal static class SafeHtmlWriter
{
    private const string LinkRel = "nofollow noopener";

    public static string Write(IEnumerable<SafeNode> nodes)
    {
        var html = new StringBuilder();
        foreach (var node in nodes)
        {
            Write(node, html);
        }

        return html.ToString();
    }

    private static void Write(SafeNode node, StringBuilder html)
    {
        if (node.IsText)
        {
            AppendEscaped(node.Text, html);
            return;
        }

        if (node.Tag == "br")
        {
            html.Append("<br>");
            return;
        }

        html.Append('<').Append(node.Tag);
        if (node.Href is not null)
        {
            html.Append(" href=\"");
            AppendEscaped(node.Href, html, inAttribute: true);
            html.Append("\" rel=\"").Append(LinkRel).Append('"');
        }

        html.Append('>');
        foreach (var child in node.Children)
        {
            Write(child, html);
        }

        html.Append("</").Append(node.Tag).Append('>');
    }

    private static void AppendEscaped(string text, StringBuilder html, bool inAttribute = false)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&':
                    html.Append("&amp;");
                    break;
                case '<':
                    html.Append("&lt;");
                    break;
                case '>':
                    html.Append("&gt;");
                    break;
                case '"' when inAttribute:
                    html.Append("&quot;");
                    break;
                default:
                    html.Append(c);
                    break;
            }
        }
    }
}
