using System.Text;
using System.Text.RegularExpressions;
using Avance.Tests.Infrastructure;

namespace Avance.Tests.Features.Accounts;

/// <summary>A message the app wrote into its mail folder, read back as a mail program would.</summary>
public sealed record ReceivedMail(string To, string Subject, string Body)
{
    /// <summary>The address part (path and query) of the one link to this site in the body.</summary>
    public string LinkPath(string path)
    {
        var link = new Uri(Regex.Match(Body, $@"https?://\S+{Regex.Escape(path)}\S*").Value);
        return link.PathAndQuery;
    }
}

public static partial class MailBox
{
    /// <summary>The messages sent to an address, oldest first.</summary>
    public static IReadOnlyList<ReceivedMail> To(this AvanceApp app, string address) =>
        !Directory.Exists(app.MailFolder) ? [] :
        [.. Directory.GetFiles(app.MailFolder, "*.eml").OrderBy(File.GetLastWriteTimeUtc).ThenBy(p => p, StringComparer.Ordinal).Select(Read).Where(m => m.To == address)];

    private static ReceivedMail Read(string path)
    {
        var text = File.ReadAllText(path, Encoding.UTF8);
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = text[..end].Split("\r\n").Select(line => line.Split(": ", 2)).ToDictionary(p => p[0], p => p[1]);
        return new ReceivedMail(headers["To"], Decode(headers["Subject"]), text[(end + 4)..].ReplaceLineEndings("\n"));
    }

    private static string Decode(string subject)
    {
        var encoded = EncodedWord().Match(subject);
        return encoded.Success ? Encoding.UTF8.GetString(Convert.FromBase64String(encoded.Groups[1].Value)) : subject;
    }

    [GeneratedRegex(@"^=\?utf-8\?B\?(.*)\?=$")]
    private static partial Regex EncodedWord();
}
