using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Avance.Sanitising;

/// <summary>Parses untrusted text the way a browser parses the inside of a page body.</summary>
internal static class MarkupParser
{
    private const int MaximumDepth = 512;

    public static INodeList ParseBodyFragment(string text)
    {
        // A fresh parser per call: HtmlParser instances are not documented as thread-safe.
        // The depth cap keeps the recursive tree walks in this folder far from exhausting the stack.
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false, MaximumDepth = MaximumDepth });
        var context = parser.ParseDocument(string.Empty).Body!;
        return parser.ParseFragment(TruncatedTagRemover.Remove(text), context);
    }

    public static string NameOf(IElement element) => element.LocalName.ToLowerInvariant();
}
