using Avance.Data;
using Avance.Features.Errors;
using Avance.Web.Downloads.Formats;

namespace Avance.Web.Downloads;

public static class TableDownloads
{
    /// <summary>Maps GET {pattern}.csv, .xlsx and .json, each streamed straight to the response.</summary>
    public static IEndpointConventionBuilder MapTableDownload<TRow>(this IEndpointRouteBuilder app, string pattern, TableDownload<TRow> table) =>
        app.MapTableDownload(pattern, (IDownloadTable)table);

    internal static IEndpointConventionBuilder MapTableDownload(this IEndpointRouteBuilder app, string pattern, IDownloadTable table) =>
        new EndpointConventions([.. TableFormat.All.Select(format =>
            app.MapGet($"{pattern}.{format.Extension}", async (HttpContext context, AvanceDb db, CancellationToken cancellationToken) =>
                {
                    var found = await table.RecordsAsync(new DownloadRequest(context, db, context.Request.Query, cancellationToken));
                    if (found.Problem is { } problem)
                    {
                        ErrorDetail.Explain(context, problem);
                        return Results.BadRequest();
                    }
                    return found.Rows is { } records ? new TableFileResult(table, format, records) : Results.NotFound();
                })
                .ExcludeFromDescription())]);

    /// <summary>One builder for the three format endpoints, so a convention added to it applies to all of them.</summary>
    private sealed class EndpointConventions(IReadOnlyList<IEndpointConventionBuilder> builders) : IEndpointConventionBuilder
    {
        public void Add(Action<EndpointBuilder> convention)
        {
            foreach (var builder in builders) builder.Add(convention);
        }

        public void Finally(Action<EndpointBuilder> finallyConvention)
        {
            foreach (var builder in builders) builder.Finally(finallyConvention);
        }
    }
}
