using System.Globalization;
using System.Text;

namespace Avance.Features.Mail;

/// <summary>
/// A message as an Internet Message Format (.eml) text that any mail program opens: UTF-8 plain text, the subject
/// encoded for non-ASCII letters (RFC 2047).
/// </summary>
public static class EmlFormat
{
    public static string Write(OutgoingMail mail, string from, DateTimeOffset at)
    {
        var text = new StringBuilder();
        Header(text, "From", from);
        Header(text, "To", mail.To);
        Header(text, "Subject", EncodedWord(mail.Subject));
        Header(text, "Date", at.ToUniversalTime().ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture));
        Header(text, "Message-ID", $"<{Guid.NewGuid():N}@avance>");
        Header(text, "MIME-Version", "1.0");
        Header(text, "Content-Type", "text/plain; charset=utf-8");
        Header(text, "Content-Transfer-Encoding", "8bit");
        text.Append("\r\n");
        text.Append(mail.Body.ReplaceLineEndings("\r\n"));
        if (!mail.Body.EndsWith('\n')) text.Append("\r\n");
        return text.ToString();
    }

    /// <summary>"=?utf-8?B?…?=" for text beyond ASCII; plain ASCII stays readable.</summary>
    public static string EncodedWord(string value) =>
        value.All(char.IsAscii) ? value : $"=?utf-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes(value))}?=";

    private static void Header(StringBuilder text, string name, string value)
    {
        // A line break in a value would start a header of the sender's choosing.
        if (value.AsSpan().IndexOfAny('\r', '\n') >= 0) throw new ArgumentException($"The {name} header may not contain a line break.", nameof(value));
        text.Append(name).Append(": ").Append(value).Append("\r\n");
    }
}
