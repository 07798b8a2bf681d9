using Avance.Features.Mail;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Avance.Tests.Features.Mail;

public sealed class MailSenderTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("avance-mail-").FullName;

    [Fact]
    public async Task Without_an_smtp_host_a_message_becomes_an_eml_file_and_the_log_names_the_file_not_the_message()
    {
        var log = new ListLogger<FolderMailSender>();
        var sender = new FolderMailSender(Options.Create(new MailOptions { Folder = folder }), TimeProvider.System, log);

        await sender.SendAsync(new OutgoingMail("ana@example.org", "Subject", "Secret link: https://example.org/reset?token=abc"), CancellationToken.None);

        var file = Assert.Single(Directory.GetFiles(folder, "*.eml"));
        Assert.Contains("Secret link: https://example.org/reset?token=abc", await File.ReadAllTextAsync(file));
        var entry = Assert.Single(log.Entries);
        Assert.Equal(LogLevel.Information, entry.Level);
        Assert.Contains(file, entry.Message);
        Assert.Contains("ana@example.org", entry.Message);
        Assert.DoesNotContain("token=abc", entry.Message);
    }

    [Fact]
    public async Task With_an_smtp_host_the_message_goes_to_that_server()
    {
        using var server = new FakeSmtpServer();
        var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System)
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddAvanceMail();
        services.Configure<MailOptions>(o =>
        {
            o.From = "avance@example.org";
            o.Folder = folder;
            o.Smtp = new SmtpOptions { Host = "127.0.0.1", Port = server.Port, EnableTls = false };
        });
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IMailSender>().SendAsync(new OutgoingMail("ana@example.org", "Contraseña nueva", "Hola"), CancellationToken.None);

        var (commands, data) = await server.Received.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Contains("MAIL FROM:<avance@example.org>", commands);
        Assert.Contains("RCPT TO:<ana@example.org>", commands);
        Assert.Contains("To: ana@example.org", data);
        Assert.Empty(Directory.GetFiles(folder));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}

internal sealed class ListLogger<T> : ILogger<T>
{
    public List<(LogLevel Level, string Message)> Entries { get; } = [];

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Entries.Add((logLevel, formatter(state, exception)));
}
