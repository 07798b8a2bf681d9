using System.Text;

namespace Avance.Sanitising;

/// <summary>Decides which link targets survive and rewrites tracking links to their real destination.</summary>
internal static class LinkCleaner
{
    // Outlook can wrap an already wrapped link; deeper nesting than this is not a real link.
    private const int MaxUnwrapDepth = 5;

    private static readonly string[] AllowedSchemes = [Uri.UriSchemeHttp, Uri.UriSchemeHttps, Uri.UriSchemeMailto];

    /// <summary>The cleaned absolute http, https or mailto target, or null when the link must go.</summary>
    public static string? CleanHref(string? href)
    {
        if (href is null)
        {
            return null;
        }

        var url = Unwrap(Tidy(href));
        return url is not null && IsAllowed(url) ? TrackingParameters.Strip(url) : null;
    }

    /// <summary>Follows tracking redirects to the real destination; null when there is none.</summary>
    public static string? Unwrap(string url)
    {
        for (var depth = 0; depth < MaxUnwrapDepth; depth++)
        {
            if (!IsSafeLink(url))
            {
                return url;
            }

            var target = QueryValue(url, "url");
            if (target is null)
            {
                return null;
            }

            url = Tidy(Uri.UnescapeDataString(target));
        }

        return IsSafeLink(url) ? null : url;
    }

    public static bool IsSafeLink(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Host.Equals("safelinks.protection.outlook.com", StringComparison.OrdinalIgnoreCase)
            || uri.Host.EndsWith(".safelinks.protection.outlook.com", StringComparison.OrdinalIgnoreCase));

    public static bool IsAllowed(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && AllowedSchemes.Contains(uri.Scheme, StringComparer.OrdinalIgnoreCase)
        && (uri.Scheme == Uri.UriSchemeMailto || uri.Host.Length > 0);

    private static string? QueryValue(string url, string name)
    {
        var queryStart = url.IndexOf('?');
        if (queryStart < 0)
        {
            return null;
        }

        var fragmentStart = url.IndexOf('#', queryStart);
        var query = fragmentStart < 0 ? url[(queryStart + 1)..] : url[(queryStart + 1)..fragmentStart];
        foreach (var parameter in query.Split('&'))
        {
            var separator = parameter.IndexOf('=');
            if (separator > 0 && parameter[..separator].Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return parameter[(separator + 1)..];
            }
        }

        return null;
    }

    /// <summary>
    /// Browsers ignore surrounding blanks and embedded tabs or line breaks in URLs, which attackers use
    /// to hide a scheme; characters that would end a URL in prose or markup are percent-encoded.
    /// </summary>
    private static string Tidy(string url)
    {
        var result = new StringBuilder(url.Length);
        foreach (var c in url.Trim())
        {
            switch (c)
            {
                case '\t' or '\n' or '\r':
                    break;
                case ' ' or '"' or '<' or '>':
                    result.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                    break;
                default:
                    if (!char.IsControl(c) && !char.IsWhiteSpace(c))
                    {
                        result.Append(c);
                    }

                    break;
            }
        }

        return result.ToString();
    }
}
