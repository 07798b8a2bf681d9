using System.Globalization;
using Avance.Web;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Avance.Features.Errors;

/// <summary>
/// Where 400, 401, 403, 404, 405, 409 and 500 land (status-code pages and the exception handler re-execute here): a page in the
/// language of the address that failed, or ProblemDetails in the request's language for the API. Never internals.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    private static readonly int[] Known = [400, 401, 403, 404, 405, 409, 500];

    public int Code { get; private set; }
    public string? Detail { get; private set; }

    public IActionResult OnGet(int code) => Respond(code);
    public IActionResult OnPost(int code) => Respond(code);

    private IActionResult Respond(int code)
    {
        // Other client errors read as a generic 400 page but keep their own status code.
        Code = Known.Contains(code) ? code : code is >= 400 and < 500 ? 400 : 500;
        var status = code is >= 400 and < 600 ? code : Code;
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path
            ?? "/";
        Detail = HttpContext.Items[ErrorDetail.Key] as string;
        if (original.StartsWith("/api/", StringComparison.Ordinal))
            return new ObjectResult(new ProblemDetails { Status = status, Title = UiText.Get($"Status{Code}Title", CultureInfo.CurrentUICulture), Detail = Detail })
            {
                StatusCode = status,
                ContentTypes = { "application/problem+json" },
            };
        Response.StatusCode = status;
        return Page();
    }
}

/// <summary>A reader-facing explanation of a 400 (which parameter, what is allowed), already in the request's language.</summary>
public static class ErrorDetail
{
    public const string Key = "Avance.ErrorDetail";

    public static void Explain(HttpContext context, string detail) => context.Items[Key] = detail;
}
