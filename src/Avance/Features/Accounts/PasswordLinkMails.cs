using System.Globalization;
using System.Net.Mail;
using System.Text;
using Avance.Features.Mail;
using Avance.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Avance.Features.Accounts;

/// <summary>
/// The two messages that carry a link to choose a password: a reset someone asked for, and the welcome of an account an
/// administrator created (who never sets or sees the password). Written in the language the recipient was using.
/// </summary>
public sealed class PasswordLinkMails(
    UserManager<AvanceUser> users, IMailSender mail, IOptions<MailOptions> mailOptions,
    IOptions<DataProtectionTokenProviderOptions> tokenOptions, ILogger<PasswordLinkMails> logger)
{
    /// <summary>False when the message could not be sent (the reason is logged).</summary>
    public async Task<bool> SendResetAsync(AvanceUser user, HttpRequest request, string language, CancellationToken cancellationToken)
    {
        var link = await LinkAsync(user, request, language);
        var culture = CultureInfo.GetCultureInfo(language);
        var body = Text("ResetMailBody", culture, user.Email!, Hours(culture), link);
        return await SendAsync(new OutgoingMail(user.Email!, Text("ResetMailSubject", culture), body), cancellationToken);
    }

    public async Task<bool> SendWelcomeAsync(AvanceUser user, HttpRequest request, string language, CancellationToken cancellationToken)
    {
        var link = await LinkAsync(user, request, language);
        var culture = CultureInfo.GetCultureInfo(language);
        var role = UiText.Get("Role_" + user.Role, culture);
        var body = Text("WelcomeMailBody", culture, user.Email!, role, Hours(culture), link, $"{SiteAddress(request)}/{language}/account/login");
        return await SendAsync(new OutgoingMail(user.Email!, Text("WelcomeMailSubject", culture), body), cancellationToken);
    }

    /// <summary>Identity's reset token, made safe for an address; <see cref="DecodeToken"/> undoes it.</summary>
    public static string EncodeToken(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    public static string? DecodeToken(string encoded)
    {
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(encoded));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private async Task<string> LinkAsync(AvanceUser user, HttpRequest request, string language)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        return $"{SiteAddress(request)}/{language}/account/reset-password?user={user.Id}&token={EncodeToken(token)}";
    }

    /// <summary>The configured address; without one, the address this request came to.</summary>
    private string SiteAddress(HttpRequest request) =>
        mailOptions.Value.SiteAddress is { Length: > 0 } configured
            ? configured.TrimEnd('/')
            : $"{request.Scheme}://{request.Host}{request.PathBase}";

    private string Hours(CultureInfo culture) =>
        Math.Max(1, (int)Math.Round(tokenOptions.Value.TokenLifespan.TotalHours)).ToString(culture);

    private static string Text(string key, CultureInfo culture, params object[] arguments) =>
        string.Format(culture, UiText.Get(key, culture), arguments);

    private async Task<bool> SendAsync(OutgoingMail message, CancellationToken cancellationToken)
    {
        try
        {
            await mail.SendAsync(message, cancellationToken);
            return true;
        }
        catch (Exception e) when (e is SmtpException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            logger.LogError(e, "Mail to {Recipient} could not be sent", message.To);
            return false;
        }
    }
}
