using System.Text;
using Avance.Web.Downloads;
using Avance.Web.Downloads.Formats;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using SheetCell = DocumentFormat.OpenXml.Spreadsheet.Cell;

namespace Avance.Tests.Web.Downloads;

public sealed class FormatWriterTests
{
    private static readonly DownloadField[] Fields =
    [
        new("label", "Field_Partner", FieldType.String),
        new("amount", "Field_Total", FieldType.Number),
        new("published_on", "Field_SourcePublishedOn", FieldType.Date),
    ];

    private static readonly object?[][] HostileRows =
    [
        ["=HYPERLINK(\"http://evil.example\",\"click\")", -5m, new DateOnly(2021, 1, 11)],
        ["+1+2", 26853.0000m, null],
        ["-3", 0m, null],
        ["@SUM(A1:A2)", 1.5m, null],
        ["México – construcción", 233092m, null],
    ];

    public static TheoryData<string> Formats() => new([.. TableFormat.All.Select(f => f.Extension)]);

    [Fact]
    public async Task Csv_NeutralisesTextThatStartsLikeAFormula_ButKeepsNumbersAndDates()
    {
        var rows = DownloadedFile.Csv(await Write(TableFormat.Csv, HostileRows));

        Assert.Equal("'=HYPERLINK(\"http://evil.example\",\"click\")", rows[0]["label"]);
        Assert.Equal(["'+1+2", "'-3", "'@SUM(A1:A2)", "México – construcción"], rows.Skip(1).Select(r => r["label"]));
        Assert.Equal(["-5", "26853", "0", "1.5", "233092"], rows.Select(r => r["amount"]));
        Assert.Equal("2021-01-11", rows[0]["published_on"]);
        Assert.Equal("", rows[1]["published_on"]);
    }

    [Fact]
    public async Task Xlsx_NeutralisesTextThatStartsLikeAFormula_NumbersAreNumericCells_DatesAreDates()
    {
        var bytes = await Write(TableFormat.Xlsx, HostileRows);

        var rows = DownloadedFile.Xlsx(bytes);
        Assert.Equal("'=HYPERLINK(\"http://evil.example\",\"click\")", rows[0]["label"]);
        Assert.Equal(["'+1+2", "'-3", "'@SUM(A1:A2)", "México – construcción"], rows.Skip(1).Select(r => r["label"]));
        Assert.Equal([-5m, 26853m, 0m, 1.5m, 233092m], rows.Select(r => (decimal)r["amount"]));
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        Assert.Empty(document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<CellFormula>());
        var dateCell = DownloadedFile.SheetRows(document).ElementAt(1).Elements<SheetCell>().ElementAt(2);
        Assert.Equal(44207m, decimal.Parse(dateCell.CellValue!.Text));
        var dateFormat = document.WorkbookPart.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)dateCell.StyleIndex!.Value);
        Assert.Equal("yyyy-mm-dd", document.WorkbookPart.WorkbookStylesPart.Stylesheet.NumberingFormats!.Elements<NumberingFormat>()
            .Single(f => f.NumberFormatId!.Value == dateFormat.NumberFormatId!.Value).FormatCode!.Value);
    }

    [Fact]
    public async Task Xlsx_IsAValidWorkbook_WithABoldFrozenHeaderRow()
    {
        var bytes = await Write(TableFormat.Xlsx, HostileRows);

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var pane = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(1d, pane.VerticalSplit!.Value);
        var header = DownloadedFile.SheetRows(document).First().Elements<SheetCell>().ToList();
        Assert.Equal(["label", "amount", "published_on"], header.Select(c => (string)DownloadedFile.Value(c)));
        var bold = document.WorkbookPart.WorkbookStylesPart!.Stylesheet;
        var format = bold.CellFormats!.Elements<CellFormat>().ElementAt((int)header[0].StyleIndex!.Value);
        Assert.NotNull(bold.Fonts!.Elements<Font>().ElementAt((int)format.FontId!.Value).Bold);
        Assert.Equal("Sheet", document.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Single().Name!.Value);
    }

    [Fact]
    public async Task Json_KeepsTextAsItIs_WithNumbersAsNumbersAndDatesAsIsoText()
    {
        var rows = DownloadedFile.Json(await Write(TableFormat.Json, HostileRows));

        Assert.Equal("=HYPERLINK(\"http://evil.example\",\"click\")", rows[0].GetProperty("label").GetString());
        Assert.Equal([-5m, 26853m, 0m, 1.5m, 233092m], rows.Select(r => r.GetProperty("amount").GetDecimal()));
        Assert.Equal("26853", rows[1].GetProperty("amount").GetRawText());
        Assert.Equal("2021-01-11", rows[0].GetProperty("published_on").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, rows[1].GetProperty("published_on").ValueKind);
        Assert.Contains("México – construcción", Encoding.UTF8.GetString(await Write(TableFormat.Json, HostileRows)));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task EveryFormat_WritesOnlyAsynchronously_AndStartsSendingBeforeTheLastRowIsRead(string extension)
    {
        var format = TableFormat.All.Single(f => f.Extension == extension);
        var body = new StrictBody();
        long sentBeforeLastRow = -1;

        await WriteTo(body, format, ManyRows(20_000, onLast: () => sentBeforeLastRow = body.Received));

        Assert.True(sentBeforeLastRow > 0, $"{extension}: nothing was sent before the last row was read");
        Assert.True(body.Received > sentBeforeLastRow);
    }

    [Fact]
    public void SheetName_DropsCharactersSpreadsheetsRefuse_AndKeepsAtMost31()
    {
        var workbook = XlsxParts.Workbook("Contribuciones [2021/2023]: socios financiadores y más");

        Assert.Contains("name=\"Contribuciones 20212023 socios\"", workbook);
    }

    private static async Task<byte[]> Write(TableFormat format, object?[][] rows)
    {
        var body = new StrictBody();
        await WriteTo(body, format, rows.ToAsyncEnumerable());
        return body.ToArray();
    }

    private static async Task WriteTo(StrictBody target, TableFormat format, IAsyncEnumerable<object?[]> rows)
    {
        await using var body = new ChunkedBody(target);
        await format.Write(body, "Sheet", Fields, rows, CancellationToken.None);
        await body.SendAsync(CancellationToken.None);
    }

    private static async IAsyncEnumerable<object?[]> ManyRows(int count, Action onLast)
    {
        // Varied text, so that compression (XLSX) cannot shrink the rows below one chunk.
        var random = new Random(1325);
        for (var i = 0; i < count; i++)
        {
            if (i == count - 1) onLast();
            await Task.Yield();
            yield return [new string([.. Enumerable.Range(0, 60).Select(_ => (char)random.Next('a', 'z' + 1))]), (decimal)i, null];
        }
    }
}
