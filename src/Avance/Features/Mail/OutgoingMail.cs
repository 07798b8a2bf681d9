namespace Avance.Features.Mail;

/// <summary>A plain-text message to one person, already written in their language.</summary>
public sealed record OutgoingMail(string To, string Subject, string Body);

/// <summary>Delivers mail: through SMTP when a server is configured, otherwise into a folder of .eml files.</summary>
public interface IMailSender
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}
