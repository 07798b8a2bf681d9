using System.Text.RegularExpressions;

namespace Avance.Web.Downloads;

/// <summary>What a downloaded file is called and how the browser is told to save it.</summary>
internal static partial class DownloadFile
{
    /// <summary>"mx-outcomes-es.csv": the country and language of the address the file was asked for.</summary>
    public static string Name(HttpContext context, string table, string extension)
    {
        string?[] parts = [context.GetRouteValue("iso2") as string, table, Languages.Current];
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
