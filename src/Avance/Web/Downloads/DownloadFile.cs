using System.Text.RegularExpressions;

namespace Avance.Web.Downloads;

/// <summary>What a downloaded file is called and how the browser is told to save it.</summary>
internal static partial class DownloadFile
{
    /// <summary>
    /// "mx-outcomes-es.csv", "mx-nap-1325-par-1.1-indicator-values-en.xlsx": the address's values (country, then
    /// plan, indicator, outcome or programme), the table and the language, so files saved side by side keep apart.
    /// </summary>
    public static string Name(HttpContext context, string table, string extension)
    {
        var parameters = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.Parameters.Select(p => p.Name) ?? [];
        string?[] parts = [.. parameters.Where(p => p != "lang").Select(p => context.GetRouteValue(p) as string), table, Languages.Current];
        var stem = string.Join('-', parts.Where(p => !string.IsNullOrEmpty(p)).Select(p => p!.ToLowerInvariant()));
        return UnsafeCharacters().Replace(stem, "_") + "." + extension;
    }

    public static void Start(HttpResponse response, string fileName, string contentType)
    {
        response.ContentType = contentType;
        response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        response.Headers.XContentTypeOptions = "nosniff";
    }

    [GeneratedRegex("[^a-z0-9_.-]")]
    private static partial Regex UnsafeCharacters();
}
