using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Avance.Web.Downloads.Formats;

/// <summary>
/// An array with one object per row, properties named as the CSV header; numbers as numbers, dates as ISO strings,
/// codes by name. Text is left as it is: JSON is not opened by a spreadsheet, so nothing needs neutralising.
/// </summary>
internal static class JsonTable
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static async Task WriteAsync(ChunkedBody body, IReadOnlyList<DownloadField> fields,
        IAsyncEnumerable<object?[]> records, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(body, Options);
        json.WriteStartArray();
        await foreach (var cells in records.WithCancellation(cancellationToken))
        {
            json.WriteStartObject();
            for (var i = 0; i < fields.Count; i++)
            {
                json.WritePropertyName(fields[i].Name);
                WriteValue(json, cells[i]);
            }
            json.WriteEndObject();
            json.Flush();
            await body.RowWrittenAsync(cancellationToken);
        }
        json.WriteEndArray();
        json.Flush();
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case string text: json.WriteStringValue(text); break;
            case bool flag: json.WriteBooleanValue(flag); break;
            case var number when Cell.IsNumber(number): json.WriteRawValue(Cell.Number(number), skipInputValidation: true); break;
            default: json.WriteStringValue(Cell.Plain(value)); break;
        }
    }
}
