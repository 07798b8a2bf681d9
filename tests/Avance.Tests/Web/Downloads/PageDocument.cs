using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Avance.Tests.Web.Downloads;

internal static class PageDocument
{
    public static async Task<IHtmlDocument> GetAsync(HttpClient client, string path) =>
        new HtmlParser().ParseDocument(await client.GetStringAsync(path));
}
