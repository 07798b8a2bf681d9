namespace Avance.Web;

public static class ServerDefaults
{
    public const string Urls = "http://127.0.0.1:5000";

    /// <summary>Loopback only unless told otherwise (--urls, ASPNETCORE_URLS, or a test host's own server).</summary>
    public static WebApplicationBuilder UseServerDefaults(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey])) builder.WebHost.UseUrls(Urls);
        // Long addresses (a pasted paragraph as a search) reach the application, which explains its own limits in
        // the reader's language, instead of Kestrel's bare 414.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestLineSize = 64 * 1024);
        return builder;
    }
}
