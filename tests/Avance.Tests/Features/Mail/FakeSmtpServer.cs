using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Avance.Tests.Features.Mail;

/// <summary>
/// Just enough of an SMTP server on a loopback port to receive one message: it answers every command with success
/// and keeps the envelope and the data the client sent.
/// </summary>
public sealed class FakeSmtpServer : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);

    public FakeSmtpServer()
    {
        listener.Start();
        Received = ReceiveOneAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>The commands of the session (EHLO, MAIL FROM, RCPT TO, …) and the message data.</summary>
    public Task<(IReadOnlyList<string> Commands, string Data)> Received { get; }

    private async Task<(IReadOnlyList<string>, string)> ReceiveOneAsync()
    {
        using var client = await listener.AcceptTcpClientAsync();
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.UTF8);
        await using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\r\n", AutoFlush = true };
        var commands = new List<string>();
        var data = new StringBuilder();
        await writer.WriteLineAsync("220 fake ESMTP");
        while (await reader.ReadLineAsync() is { } line)
        {
            commands.Add(line);
            var verb = line.Split(' ')[0].ToUpperInvariant();
            if (verb == "EHLO") await writer.WriteLineAsync("250 fake");
            else if (verb == "DATA")
            {
                await writer.WriteLineAsync("354 go ahead");
                while (await reader.ReadLineAsync() is { } dataLine && dataLine != ".") data.Append(dataLine).Append('\n');
                await writer.WriteLineAsync("250 queued");
            }
            else if (verb == "QUIT")
            {
                await writer.WriteLineAsync("221 bye");
                break;
            }
            else await writer.WriteLineAsync("250 ok");
        }
        return (commands, data.ToString());
    }

    public void Dispose() => listener.Stop();
}
