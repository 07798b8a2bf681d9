using System.IO.Compression;
using Avance.Data;
using Avance.Features.Countries;
using Avance.Web.Downloads.Formats;
using Avance.Web.Downloads.Tables;

namespace Avance.Web.Downloads;

/// <summary>
/// A country's data package: datapackage.json first, then every country table as CSV, zipped straight into the
/// response one row at a time.
/// </summary>
internal sealed class DataPackageResult(CountryRow country, IReadOnlyList<CountryTable> tables, AvanceDb db) : IResult
{
    public async Task ExecuteAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var created = (context.RequestServices.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow();
        DownloadFile.Start(context.Response, DownloadFile.Name(context, "data-package", "zip"), "application/zip");
        await using var body = new ChunkedBody(context.Response.Body);
        using (var zip = new ZipArchive(body, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var descriptor = zip.CreateEntry(DataPackageDescriptor.FileName, CompressionLevel.Optimal).Open())
                DataPackageDescriptor.Write(descriptor, country, tables, created);
            await body.SendAsync(cancellationToken);
            // Whole tables: the package's own query string is no filter of theirs.
            var request = new DownloadRequest(context, db, QueryCollection.Empty, cancellationToken);
            foreach (var table in tables.Select(t => t.Table))
            {
                // A country table has rows for any country that exists; an empty file keeps the descriptor truthful regardless.
                var records = (await table.RecordsAsync(request)).Rows ?? AsyncEnumerable.Empty<object?[]>();
                using var entry = zip.CreateEntry(DataPackageDescriptor.ResourcePath(table), CompressionLevel.Optimal).Open();
                await CsvTable.WriteAsync(entry, body, table.Fields, records, cancellationToken);
            }
        }
        await body.SendAsync(cancellationToken);
    }
}
