using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Avance.Web.Downloads.Formats;

/// <summary>
/// CSV as spreadsheets read it best: UTF-8 with a byte-order mark (without it Excel shows "MÃ©xico"), a header row of
/// column names, invariant numbers, ISO dates, CRLF line ends.
/// </summary>
internal static class CsvTable
{
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);
    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture) { NewLine = "\r\n" };

    /// <summary>Writes to <paramref name="target"/>: the body itself, or a zip entry whose bytes end up in it.</summary>
    public static async Task WriteAsync(Stream target, ChunkedBody body, IReadOnlyList<DownloadField> fields,
        IAsyncEnumerable<object?[]> records, CancellationToken cancellationToken)
    {
        await using var text = new StreamWriter(target, Utf8WithBom, bufferSize: 4096, leaveOpen: true);
        await using var csv = new CsvWriter(text, Configuration, leaveOpen: true);
        foreach (var field in fields) csv.WriteField(field.Name);
        csv.NextRecord();
        await foreach (var cells in records.WithCancellation(cancellationToken))
        {
            foreach (var cell in cells) csv.WriteField(Cell.Text(cell));
            csv.NextRecord();
            await body.RowWrittenAsync(cancellationToken);
        }
    }
}
