using System.Net;
using System.Net.Sockets;
using Avance.Data;

namespace Avance.Cli;

internal static class Serve
{
    public const string DefaultUrls = "http://127.0.0.1:5000";

    public static async Task<int> RunAsync(string? urls, string[] hostSettings, CancellationToken cancellationToken)
    {
        try
        {
            var app = Program.BuildWebApp(hostSettings);
            var addresses = urls ?? app.Configuration["urls"] ?? DefaultUrls;
            foreach (var address in addresses.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                EnsureFree(address);
                app.Urls.Add(address);
            }
            await app.RunAsync(cancellationToken);
            return 0;
        }
        catch (StartupException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
    }

    /// <summary>
    /// Checked before the server starts so that a busy port is one clear line rather than a server stack trace.
    /// </summary>
    private static void EnsureFree(string address)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new StartupException(string.Format(Messages.InvalidUrl, address));
        if (uri.Port == 0) return;
        var ip = uri.Host is "localhost" or "*" or "+" or "0.0.0.0" ? IPAddress.Loopback
            : IPAddress.TryParse(uri.Host, out var parsed) ? parsed : null;
        if (ip is null) return;
        try
        {
            using var probe = new TcpListener(ip, uri.Port);
            probe.Start();
            probe.Stop();
        }
        catch (SocketException)
        {
            throw new StartupException(string.Format(Messages.PortInUse, address));
        }
    }
}
