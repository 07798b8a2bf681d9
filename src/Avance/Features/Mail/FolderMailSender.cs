using Microsoft.Extensions.Options;

namespace Avance.Features.Mail;

/// <summary>
/// Without an SMTP server, each message becomes an .eml file in the mail folder and a log line naming the file and
/// the recipient; the message itself (which may hold a password link) stays out of the log.
/// </summary>
internal sealed class FolderMailSender(IOptions<MailOptions> options, TimeProvider clock, ILogger<FolderMailSender> logger) : IMailSender
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var folder = Directory.CreateDirectory(Path.GetFullPath(options.Value.Folder)).FullName;
        var path = Path.Combine(folder, $"{now:yyyyMMdd-HHmmss-fff}-{Guid.NewGuid():N}.eml");
        await File.WriteAllTextAsync(path, EmlFormat.Write(mail, options.Value.From, now), cancellationToken);
        logger.LogInformation("Mail to {Recipient} written to {Path}", mail.To, path);
    }
}
