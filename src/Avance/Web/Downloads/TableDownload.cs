using Avance.Data;

namespace Avance.Web.Downloads;

/// <summary>
/// One column of a downloadable table: a stable machine name (the CSV header and JSON property), a description key
/// in the Downloads resources (for the data package's field list) and how to read the value from a row.
/// </summary>
public sealed record DownloadColumn<TRow>(string Name, string DescriptionKey, Func<TRow, object?> Value);

/// <summary>
/// A table that pages show and readers can download: the same rows the page renders (ARCHITECTURE.md principle 1),
/// read as a stream. Rows returns null when the thing the URL names does not exist (404).
/// </summary>
public sealed record TableDownload<TRow>(
    string FileName,
    IReadOnlyList<DownloadColumn<TRow>> Columns,
    Func<HttpContext, AvanceDb, CancellationToken, Task<IAsyncEnumerable<TRow>?>> Rows);

public static class TableDownloads
{
    /// <summary>Maps GET {pattern}.csv, .xlsx and .json, each streamed straight to the response.</summary>
    public static IEndpointConventionBuilder MapTableDownload<TRow>(this IEndpointRouteBuilder app, string pattern, TableDownload<TRow> table) =>
        throw new NotImplementedException();
}
