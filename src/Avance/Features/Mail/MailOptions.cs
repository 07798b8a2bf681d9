namespace Avance.Features.Mail;

/// <summary>Bound from "Avance:Mail" (environment: Avance__Mail__Smtp__Host, …). Without an SMTP host, mail goes to <see cref="Folder"/>.</summary>
public sealed class MailOptions
{
    public const string Section = "Avance:Mail";

    /// <summary>The sender address of every message.</summary>
    public string From { get; set; } = "avance@localhost";

    /// <summary>Where messages are written as .eml files when no SMTP host is set.</summary>
    public string Folder { get; set; } = "./data/mail";

    /// <summary>
    /// The address people open Avance at, e.g. https://avance.example.org, used for links in messages. Without it a
    /// link takes the address of the request that caused the message; set it wherever a proxy or an unchecked Host
    /// header could make that address someone else's.
    /// </summary>
    public string? SiteAddress { get; set; }

    public SmtpOptions Smtp { get; set; } = new();
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public string? User { get; set; }
    public string? Password { get; set; }
    /// <summary>Upgrade the connection with STARTTLS (the default); turn off only for a relay on the same machine.</summary>
    public bool EnableTls { get; set; } = true;
    public int TimeoutSeconds { get; set; } = 30;
}
