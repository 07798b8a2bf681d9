using System.Net.Sockets;
using Avance.Data;
using Microsoft.AspNetCore.Connections;

namespace Avance.Cli;

internal static class Serve
{
    public static async Task<int> RunAsync(string? urls, string[] hostSettings, CancellationToken cancellationToken)
    {
        string? listening = null;
        try
        {
            var settings = urls is null ? hostSettings : [.. hostSettings, $"--urls={CheckedUrls(urls)}"];
            var app = Program.BuildWebApp(settings);
            listening = app.Configuration[WebHostDefaults.ServerUrlsKey];
            await app.RunAsync(cancellationToken);
            return 0;
        }
        catch (StartupException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
        catch (IOException e) when (e.InnerException is AddressInUseException or SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse })
        {
            Console.Error.WriteLine(string.Format(Messages.PortInUse, listening));
            return 2;
        }
    }

    private static string CheckedUrls(string urls)
    {
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                throw new StartupException(string.Format(Messages.InvalidUrl, url));
        return urls;
    }
}
