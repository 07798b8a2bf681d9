namespace Avance.Web.Downloads;

public static class DownloadEndpoints
{
    /// <summary>Every table download and the country data package.</summary>
    public static WebApplication MapDownloads(this WebApplication app) => app;
}
