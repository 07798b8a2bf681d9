using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Avance.Web.Downloads.Formats;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.WebUtilities;

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
    /// <paramref name="query"/> carries the page's filters to the download, so the file holds what the table shows;
    /// <paramref name="lead"/> replaces "Download this table:" where the file holds more than the table on screen.
    /// </summary>
    public static IHtmlContent Render(string path, UiText text, string? tableName = null,
        IEnumerable<KeyValuePair<string, string?>>? query = null, string? lead = null)
    {
        List<KeyValuePair<string, string?>>? filters = null;
        if (query is not null)
            foreach (var pair in query)
                if (!string.IsNullOrEmpty(pair.Value)) (filters ??= []).Add(pair);
        var html = new StringBuilder("<p class=\"downloads\">", 1024).Append(Encode(lead ?? text["DownloadThisTable"])).Append(' ');
        for (var i = 0; i < Formats.Length; i++)
        {
            var (format, label, hint) = Formats[i];
            if (i > 0) html.Append("<span aria-hidden=\"true\"> · </span>");
            var href = string.Concat(path, ".", format.Extension);
            Link(html, filters is null ? href : QueryHelpers.AddQueryString(href, filters), format.MediaType, text[label],
                tableName is null ? text[hint] : string.Concat(tableName, ": ", text[hint]), hintClass: "hint");
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
