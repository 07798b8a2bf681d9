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
        var first = path.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return first is not null && All.Contains(first) ? first : null;
    }

    /// <summary>The same page in another language: the first path segment is the language.</summary>
    public static string SwitchPath(string path, string language)
    {
        var segments = path.Trim('/').Split('/');
        if (segments.Length > 0 && All.Contains(segments[0])) segments[0] = language;
        else segments = [language, .. segments.Where(s => s.Length > 0)];
        return "/" + string.Join('/', segments);
    }
}
