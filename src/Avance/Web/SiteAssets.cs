namespace Avance.Web;

/// <summary>
/// The stylesheet is embedded in the executable, so pages look the same however the application is started
/// (from the repository, from a test's bin folder, from a published folder) with no static-file setup.
/// </summary>
internal static class SiteAssets
{
    private static readonly Lazy<byte[]> Stylesheet = new(() =>
    {
        using var stream = typeof(SiteAssets).Assembly.GetManifestResourceStream("Avance.Web.site.css")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    public static void MapSiteAssets(this WebApplication app) =>
        app.MapGet("/assets/site.css", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Bytes(Stylesheet.Value, "text/css; charset=utf-8");
        }).ExcludeFromDescription();
}
