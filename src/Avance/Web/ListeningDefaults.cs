namespace Avance.Web;

public static class ListeningDefaults
{
    public const string Urls = "http://127.0.0.1:5000";

    /// <summary>Loopback only unless told otherwise (--urls, ASPNETCORE_URLS, or a test host's own server).</summary>
    public static WebApplicationBuilder ListenOnLoopbackByDefault(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey])) builder.WebHost.UseUrls(Urls);
        return builder;
    }
}
