using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Avance.Sanitising;

/// <summary>Parses untrusted text the way a browser parses the inside of a page body.</summary>
internal static class MarkupParser
{
    public static INodeList ParseBodyFragment(string text)
    {
        // A fresh parser per call: HtmlParser instances are not documented as thread-safe.
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        var context = parser.ParseDocument(string.Empty).Body!;
        return parser.ParseFragment(TruncatedTagRemover.Remove(text), context);
    }

    public static string NameOf(IElement element) => element.LocalName.ToLowerInvariant();
}
