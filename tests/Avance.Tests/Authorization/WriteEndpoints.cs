using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Avance.Tests.Authorization;

/// <summary>Every endpoint of the running application that changes something: API routes with a write method, and page handlers for POST.</summary>
public static partial class WriteEndpoints
{
    private static readonly string[] WriteMethods = ["POST", "PUT", "PATCH", "DELETE"];

    public static async Task<IReadOnlySet<string>> ListAsync(IServiceProvider services)
    {
        var found = new HashSet<string>();
        var pages = services.GetRequiredService<PageLoader>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var route = Normalise(endpoint.RoutePattern.RawText ?? "");
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = await pages.LoadAsync(page, endpoint.Metadata);
                foreach (var method in compiled.HandlerMethods.Select(h => h.HttpMethod.ToUpperInvariant()).Where(WriteMethods.Contains).Distinct())
                    found.Add($"{method} {route}");
                continue;
            }
            foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Where(WriteMethods.Contains) ?? [])
                found.Add($"{method} {route}");
        }
        return found;
    }

    /// <summary>"/{lang:regex(^(en|es)$)}/account/login" → "{lang}/account/login".</summary>
    public static string Normalise(string route) => Constraint().Replace(route.TrimStart('/'), "{$1}");

    [GeneratedRegex(@"\{([^}:=?]+)[^}]*\}")]
    private static partial Regex Constraint();
}
