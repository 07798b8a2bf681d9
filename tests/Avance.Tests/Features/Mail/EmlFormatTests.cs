using System.Text;
using Avance.Features.Mail;

namespace Avance.Tests.Features.Mail;

public sealed class EmlFormatTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 22, 5, 36, 17, TimeSpan.Zero);

    [Fact]
    public void A_message_has_the_headers_a_mail_program_needs_and_its_body_after_a_blank_line()
    {
        var text = EmlFormat.Write(new OutgoingMail("ana@example.org", "Choose a new password", "Line one\nLine two"), "avance@example.org", At);

        var (headers, body) = Split(text);
        Assert.Equal("avance@example.org", headers["From"]);
        Assert.Equal("ana@example.org", headers["To"]);
        Assert.Equal("Choose a new password", headers["Subject"]);
        Assert.Equal("Sun, 22 Nov 2026 05:36:17 +0000", headers["Date"]);
        Assert.Equal("text/plain; charset=utf-8", headers["Content-Type"]);
        Assert.Equal("Line one\r\nLine two\r\n", body);
        Assert.DoesNotContain("\n", text.Replace("\r\n", ""));
    }

    [Fact]
    public void A_subject_beyond_ascii_is_encoded_and_decodes_to_the_same_words()
    {
        var text = EmlFormat.Write(new OutgoingMail("ana@example.org", "Elija una contraseña nueva", "Cuerpo"), "avance@example.org", At);

        var subject = Split(text).Headers["Subject"];
        Assert.StartsWith("=?utf-8?B?", subject, StringComparison.Ordinal);
        Assert.Equal("Elija una contraseña nueva", Encoding.UTF8.GetString(Convert.FromBase64String(subject["=?utf-8?B?".Length..^2])));
    }

    [Theory]
    [InlineData("ana@example.org\r\nBcc: everyone@example.org", "Subject")]
    [InlineData("ana@example.org", "Hello\nBcc: everyone@example.org")]
    public void A_line_break_in_a_header_value_is_refused(string to, string subject)
    {
        Assert.Throws<ArgumentException>(() => EmlFormat.Write(new OutgoingMail(to, subject, "Body"), "avance@example.org", At));
    }

    private static (Dictionary<string, string> Headers, string Body) Split(string text)
    {
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = text[..end].Split("\r\n").Select(line => line.Split(": ", 2)).ToDictionary(p => p[0], p => p[1]);
        return (headers, text[(end + 4)..]);
    }
}
