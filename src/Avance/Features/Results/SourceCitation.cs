using Avance.Features.Sources;
using Avance.Web;
using Microsoft.AspNetCore.Html;

namespace Avance.Features.Results;

/// <summary>A figure's source as the results pages print it: its title, linked when the source has a web address.</summary>
public static class SourceCitation
{
    // Text parts are encoded when the page is written, with the page's own encoder.
    public static IHtmlContent Html(SourceRow? source, UiText text)
    {
        var html = new HtmlContentBuilder();
        if (source is null) return html.Append(text["Results_SourceNotStated"]);
        if (!Uri.TryCreate(source.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
            return html.Append(source.Title);
        return html.AppendHtml("<a href=\"").Append(url.AbsoluteUri).AppendHtml("\">").Append(source.Title).AppendHtml("</a>");
    }
}
