using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Avance.Sanitising;

/// <summary>Parses untrusted text the way a browser parses the inside of a page body.</summary>
internal static class MarkupParser
{
    private const int MaximumDepth = 512;

    /// <summary>
    /// One parser and body context per thread: making them costs more than parsing a typical narrative, and
    /// HtmlParser instances are not documented as thread-safe. Each fragment is parsed into a document of its own.
    /// </summary>
    [ThreadStatic]
    private static (HtmlParser Parser, IElement Body)? _perThread;

    public static INodeList ParseBodyFragment(string text)
    {
        var (parser, body) = _perThread ??= Create();
        return parser.ParseFragment(TruncatedTagRemover.Remove(text), body);
    }

    public static string NameOf(IElement element) => element.LocalName.ToLowerInvariant();

    private static (HtmlParser, IElement) Create()
    {
        // The depth cap keeps the recursive tree walks in this folder far from exhausting the stack.
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false, MaximumDepth = MaximumDepth });
        return (parser, parser.ParseDocument(string.Empty).Body!);
    }
}
