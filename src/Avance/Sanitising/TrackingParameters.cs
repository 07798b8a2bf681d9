namespace Avance.Sanitising;

/// <summary>Strips analytics and mailing-list tracking parameters from a URL's query string.</summary>
internal static class TrackingParameters
{
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "mc_cid", "mc_eid",
    };

    public static string Strip(string url)
    {
        var queryStart = url.IndexOf('?');
        var fragmentStart = url.IndexOf('#');
        if (queryStart < 0 || (fragmentStart >= 0 && fragmentStart < queryStart))
        {
            return url;
        }

        var queryEnd = fragmentStart < 0 ? url.Length : fragmentStart;
        var parameters = url[(queryStart + 1)..queryEnd].Split('&');
        var kept = parameters.Where(p => p.Length > 0 && !IsTracking(p)).ToArray();
        if (kept.Length == parameters.Length)
        {
            return url;
        }

        var query = kept.Length == 0 ? string.Empty : "?" + string.Join('&', kept);
        return url[..queryStart] + query + url[queryEnd..];
    }

    private static bool IsTracking(string parameter)
    {
        var separator = parameter.IndexOf('=');
        var name = Uri.UnescapeDataString(separator < 0 ? parameter : parameter[..separator]).Trim();
        return Names.Contains(name) || name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase);
    }
}
