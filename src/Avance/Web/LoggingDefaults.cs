namespace Avance.Web;

public static class LoggingDefaults
{
    /// <summary>
    /// Quiet defaults that need no settings file; a more specific category in configuration still overrides them.
    /// Start-up failures (the host's report, Kestrel's "unable to start") are left to the command line, which
    /// reports them as one line.
    /// </summary>
    public static ILoggingBuilder AddAvanceDefaults(this ILoggingBuilder logging) => logging
        .AddFilter("Microsoft.AspNetCore", LogLevel.Warning)
        .AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning)
        .AddFilter("Microsoft.AspNetCore.Server.Kestrel", level => level is >= LogLevel.Warning and < LogLevel.Critical)
        .AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
}
