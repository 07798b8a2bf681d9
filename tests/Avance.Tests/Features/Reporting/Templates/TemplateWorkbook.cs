using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Avance.Tests.Features.Reporting.Templates;

/// <summary>A downloaded template opened with the Open XML SDK, to read it and to fill it in (or tamper with it) as a person could.</summary>
internal sealed class TemplateWorkbook : IDisposable
{
    public const string Value = "F";
    public const string NarrativeEnglish = "H";
    public const string SourceTitle = "J";
    public const string SourceUrl = "K";
    public const string SourceDate = "L";
    public const string IndicatorId = "M";
    public const string Combination = "N";
    public const string Version = "O";

    private readonly MemoryStream stream;
    private readonly SpreadsheetDocument document;

    private TemplateWorkbook(byte[] bytes)
    {
        stream = new MemoryStream();
        stream.Write(bytes);
        stream.Position = 0;
        document = SpreadsheetDocument.Open(stream, true);
    }

    public static TemplateWorkbook Open(byte[] bytes) => new(bytes);

    public WorkbookPart Workbook => document.WorkbookPart!;
    public Sheet DataSheet => Workbook.Workbook.Sheets!.Elements<Sheet>().First();
    public Sheet AboutSheet => Workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "avance");
    public Worksheet Data => ((WorksheetPart)Workbook.GetPartById(DataSheet.Id!)).Worksheet;
    public IEnumerable<Row> Rows => Data.Descendants<Row>();

    public string Cell(int row, string column) =>
        Rows.Single(r => r.RowIndex! == (uint)row).Elements<Cell>().FirstOrDefault(c => c.CellReference == column + row) is { } cell
            ? cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text ?? ""
            : "";

    /// <summary>The row of an indicator's combination ("" for its total), found by the hidden columns.</summary>
    public int RowOf(int indicatorId, string combination) => (int)Rows.Single(r =>
        Cell((int)r.RowIndex!.Value, IndicatorId) == indicatorId.ToString(CultureInfo.InvariantCulture)
        && Cell((int)r.RowIndex!.Value, Combination) == combination).RowIndex!.Value;

    public TemplateWorkbook Set(int row, string column, string text) =>
        Put(row, column, new Cell(new InlineString(new Text(text))) { DataType = CellValues.InlineString });

    public TemplateWorkbook SetNumber(int row, string column, decimal number) =>
        Put(row, column, new Cell(new CellValue(number.ToString(CultureInfo.InvariantCulture))) { DataType = CellValues.Number });

    /// <summary>Adds a row after the last one, as someone who unprotected the sheet could.</summary>
    public int AddRow(params (string Column, string Text)[] cells)
    {
        var number = (int)Rows.Max(r => r.RowIndex!.Value) + 1;
        Data.GetFirstChild<SheetData>()!.Append(new Row { RowIndex = (uint)number });
        foreach (var (column, text) in cells) Set(number, column, text);
        return number;
    }

    public byte[] Save()
    {
        document.Save();
        document.Dispose();
        return stream.ToArray();
    }

    public void Dispose()
    {
        document.Dispose();
        stream.Dispose();
    }

    private TemplateWorkbook Put(int row, string column, Cell cell)
    {
        var target = Rows.Single(r => r.RowIndex! == (uint)row);
        cell.CellReference = column + row;
        target.Elements<Cell>().FirstOrDefault(c => c.CellReference == cell.CellReference)?.Remove();
        var after = target.Elements<Cell>().LastOrDefault(c => string.CompareOrdinal(c.CellReference!.Value![..1], column) < 0);
        if (after is null) target.PrependChild(cell);
        else after.InsertAfterSelf(cell);
        return this;
    }
}
