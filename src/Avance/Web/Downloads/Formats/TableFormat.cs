namespace Avance.Web.Downloads.Formats;

/// <summary>A file format a table downloads in: its extension, its media type and how it is written.</summary>
internal sealed record TableFormat(
    string Extension,
    string ContentType,
    Func<ChunkedBody, string, IReadOnlyList<DownloadField>, IAsyncEnumerable<object?[]>, CancellationToken, Task> Write)
{
    public static readonly TableFormat Csv = new("csv", "text/csv; charset=utf-8",
        (body, _, fields, records, ct) => CsvTable.WriteAsync(body, body, fields, records, ct));

    public static readonly TableFormat Xlsx = new("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        XlsxTable.WriteAsync);

    public static readonly TableFormat Json = new("json", "application/json; charset=utf-8",
        (body, _, fields, records, ct) => JsonTable.WriteAsync(body, fields, records, ct));

    public static readonly IReadOnlyList<TableFormat> All = [Csv, Xlsx, Json];

    /// <summary>The content type without its parameters, as a link's type attribute gives it.</summary>
    public string MediaType => ContentType.Split(';')[0];
}
