using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Avance.Web.Downloads.Formats;
using Microsoft.AspNetCore.Html;

namespace Avance.Web.Downloads;

/// <summary>The links a page puts under a table, and under a country's tables the link to its whole data package.</summary>
public static class DownloadLinks
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly (TableFormat Format, string Label, string Hint)[] Formats =
    [
        (TableFormat.Csv, "DownloadCsv", "DownloadCsvHint"),
        (TableFormat.Xlsx, "DownloadXlsx", "DownloadXlsxHint"),
        (TableFormat.Json, "DownloadJson", "DownloadJsonHint"),
    ];

    /// <summary>
    /// "Download this table: CSV · Excel · JSON" for the table downloadable at <paramref name="path"/> (the address
    /// without its extension, e.g. "/en/countries/mx/results/outcomes"). Screen readers also hear what each file is
    /// and, on a page with several tables, which table it holds (<paramref name="tableName"/>, e.g. the caption).
    /// </summary>
    public static IHtmlContent Render(string path, UiText text, string? tableName = null)
    {
        var html = new StringBuilder("<p class=\"downloads\">").Append(Encode(text["DownloadThisTable"])).Append(' ');
        for (var i = 0; i < Formats.Length; i++)
        {
            var (format, label, hint) = Formats[i];
            if (i > 0) html.Append("<span aria-hidden=\"true\"> · </span>");
            Link(html, $"{path}.{format.Extension}", format.MediaType, text[label],
                tableName is null ? text[hint] : $"{tableName}: {text[hint]}", hintClass: "hint");
        }
        return new HtmlString(html.Append("</p>").ToString());
    }

    /// <summary>The country's data package, for the country page: <paramref name="countryPath"/> is e.g. "/es/countries/mx".</summary>
    public static IHtmlContent RenderDataPackage(string countryPath, string countryName, UiText text)
    {
        var html = new StringBuilder("<p class=\"downloads data-package\">");
        Link(html, countryPath + "/data-package.zip", "application/zip", text["DataPackageLink", countryName], text["DataPackageHint"],
            hintClass: "detail");
        return new HtmlString(html.Append("</p>").ToString());
    }

    /// <summary>A "hint" is for screen readers only (the format names speak for themselves on screen); a "detail" everyone sees.</summary>
    private static void Link(StringBuilder html, string href, string type, string label, string hint, string hintClass) =>
        html.Append("<a href=\"").Append(Encode(href)).Append("\" type=\"").Append(Encode(type)).Append("\">")
            .Append(Encode(label)).Append("<span class=\"").Append(hintClass).Append("\"> (").Append(Encode(hint)).Append(")</span></a>");

    private static string Encode(string value) => Encoder.Encode(value);
}
