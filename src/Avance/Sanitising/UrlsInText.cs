using System.Text.RegularExpressions;

namespace Avance.Sanitising;

/// <summary>Cleans URLs written out as text, which scraped pages often show instead of a link.</summary>
internal static partial class UrlsInText
{
    /// <summary>Rewrites URLs written out in prose, removing tracking links that have no real destination.</summary>
    public static string Clean(string text)
    {
        if (!text.Contains("://", StringComparison.Ordinal))
        {
            return text;
        }

        return UrlPattern().Replace(text, match =>
        {
            var url = match.Value;
            var trailing = TrailingPunctuationLength(url);
            var core = url[..^trailing];
            if (!LinkCleaner.IsSafeLink(core))
            {
                return TrackingParameters.Strip(core) + url[^trailing..];
            }

            return LinkCleaner.Unwrap(core) is { } target && LinkCleaner.IsAllowed(target)
                ? TrackingParameters.Strip(target) + url[^trailing..]
                : string.Empty;
        });
    }

    private static int TrailingPunctuationLength(string url)
    {
        // A closing parenthesis belongs to the URL when it pairs with one inside it, as in "1325%20(2000)".
        var unpairedClosing = url.Count(c => c == ')') - url.Count(c => c == '(');
        var end = url.Length;
        while (end > 0)
        {
            var c = url[end - 1];
            if (c == ')' && unpairedClosing > 0)
            {
                unpairedClosing--;
            }
            else if (".,;:!?\"”’»]}".IndexOf(c) < 0)
            {
                break;
            }

            end--;
        }

        return url.Length - end;
    }

    [GeneratedRegex("""https?://[^\s<>"'`]+""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: Timeout.Infinite)]
    private static partial Regex UrlPattern();
}
