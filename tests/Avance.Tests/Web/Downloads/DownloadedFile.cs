using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Avance.Tests.Web.Downloads;

/// <summary>Reads a downloaded file back the way a reader's tools would: CsvHelper, the Open XML SDK, System.Text.Json.</summary>
internal static class DownloadedFile
{
    public static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    public static List<Dictionary<string, string>> Csv(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord!;
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read()) rows.Add(header.ToDictionary(name => name, name => csv.GetField(name)!));
        return rows;
    }

    public static string[] CsvHeader(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        return csv.HeaderRecord!;
    }

    /// <summary>The first sheet's cells by column name: numbers as decimals, text as strings, flags as booleans, so a test sees a cell's type.</summary>
    public static List<Dictionary<string, object>> Xlsx(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        var rows = SheetRows(document).ToList();
        var header = rows[0].Elements<Cell>().Select(c => (string)Value(c)).ToList();
        return [.. rows.Skip(1).Select(row => row.Elements<Cell>().ToDictionary(c => header[ColumnIndex(c.CellReference!.Value!)], Value))];
    }

    public static IEnumerable<Row> SheetRows(SpreadsheetDocument document) =>
        document.WorkbookPart!.WorksheetParts.Single().Worksheet.GetFirstChild<SheetData>()!.Elements<Row>();

    public static object Value(Cell cell) => cell.DataType?.Value switch
    {
        CellValues.InlineString => cell.InlineString!.Text!.Text,
        CellValues.Boolean => cell.CellValue!.Text == "1",
        null => decimal.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture),
        var type => throw new InvalidOperationException($"Unexpected cell type {type}"),
    };

    public static List<JsonElement> Json(byte[] bytes) => [.. JsonDocument.Parse(bytes).RootElement.EnumerateArray()];

    public static Dictionary<string, byte[]> Zip(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var content = new MemoryStream();
            using (var stream = e.Open()) stream.CopyTo(content);
            return content.ToArray();
        });
    }

    private static int ColumnIndex(string reference) =>
        reference.TakeWhile(char.IsLetter).Aggregate(0, (index, letter) => index * 26 + letter - 'A' + 1) - 1;
}
