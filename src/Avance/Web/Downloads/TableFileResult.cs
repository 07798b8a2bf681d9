using Avance.Web.Downloads.Formats;

namespace Avance.Web.Downloads;

/// <summary>A table streamed to the response in one format, row by row as the query yields them.</summary>
internal sealed class TableFileResult(IDownloadTable table, TableFormat format, IAsyncEnumerable<object?[]> records) : IResult
{
    public async Task ExecuteAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        DownloadFile.Start(context.Response, DownloadFile.Name(context, table.Name, format.Extension), format.ContentType);
        await using var body = new ChunkedBody(context.Response.Body);
        await format.Write(body, UiText.Get(table.TitleKey, System.Globalization.CultureInfo.CurrentUICulture), table.Fields, records,
            cancellationToken);
        await body.SendAsync(cancellationToken);
    }
}
