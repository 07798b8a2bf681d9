namespace Avance.Web;

/// <summary>The languages the interface is written in; content may carry more.</summary>
public static class Languages
{
    public const string Default = "en";
    public static readonly IReadOnlyList<string> All = ["en", "es"];
    /// <summary>Route constraint for the language segment of page addresses.</summary>
    public const string RouteConstraint = "regex(^(en|es)$)";

    public static string Current => System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    /// <summary>
    /// The language a page address starts with. An error page re-executed for a failed address takes that
    /// address's language.
    /// </summary>
    public static string? FromPath(HttpContext context)
    {
        var path = context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerPathFeature>()?.Path
            ?? context.Request.Path.Value ?? "";
        return Named(FirstSegment(path.AsSpan().TrimStart('/'), out _));
    }

    /// <summary>The same page in another language: the first path segment is the language.</summary>
    public static string SwitchPath(string path, string language)
    {
        var trimmed = path.AsSpan().Trim('/');
        if (Named(FirstSegment(trimmed, out var rest)) is not null) return string.Concat("/", language, rest);
        return "/" + string.Join('/', [language, .. trimmed.ToString().Split('/', StringSplitOptions.RemoveEmptyEntries)]);
    }

    /// <summary>The interface language a segment names, as the shared string, or null.</summary>
    private static string? Named(ReadOnlySpan<char> segment)
    {
        for (var i = 0; i < All.Count; i++)
            if (segment.SequenceEqual(All[i])) return All[i];
        return null;
    }

    /// <summary>A path's first segment (without leading slashes) and the rest of it from the next slash on.</summary>
    private static ReadOnlySpan<char> FirstSegment(ReadOnlySpan<char> path, out ReadOnlySpan<char> rest)
    {
        var end = path.IndexOf('/');
        rest = end < 0 ? [] : path[end..];
        return end < 0 ? path : path[..end];
    }
}
