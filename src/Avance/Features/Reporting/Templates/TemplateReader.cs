using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Avance.Features.Reporting.Templates;

/// <summary>A template as uploaded: what its hidden sheet says it was made for, and its data rows as text by column.</summary>
internal sealed record TemplateFile(string SheetName, int? PeriodId, int? OrganisationId, IReadOnlyList<TemplateRow> Rows);

/// <summary>One data row: its number in the sheet, and each non-empty cell's text by column position.</summary>
internal sealed record TemplateRow(int Number, IReadOnlyDictionary<int, string> Cells)
{
    public string this[int column] => Cells.GetValueOrDefault(column, "");
}

/// <summary>
/// Reads an uploaded template with the Open XML SDK. Numbers come back in invariant form, dates in the date column as
/// ISO dates, yes/no cells as yes/no; anything the file does not allow reading is a refusal, never an exception.
/// </summary>
internal static class TemplateReader
{
    public const int MaxRows = 5000;
    /// <summary>Far above any real template part, far below what a zip bomb would expand to.</summary>
    private const long MaxCharactersInPart = 50_000_000;
    private static readonly DateOnly SerialDayZero = new(1899, 12, 30);

    /// <summary>The file, or null when it is not a spreadsheet this application made.</summary>
    public static TemplateFile? Read(Stream content)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(content, false, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
            var workbook = document.WorkbookPart;
            var sheets = workbook?.Workbook.Sheets?.Elements<Sheet>().ToList() ?? [];
            var about = sheets.FirstOrDefault(s => s.Name?.Value == TemplateColumns.AboutSheet);
            var data = sheets.FirstOrDefault(s => s != about);
            if (workbook is null || about is null || data is null) return null;
            var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
            var facts = Rows(Part(workbook, about), strings).ToDictionary(r => r[0], r => r[1]);
            if (facts.GetValueOrDefault("kind") != TemplateColumns.Kind) return null;
            var rows = Rows(Part(workbook, data), strings).Take(MaxRows + 2).ToList();
            if (rows.FirstOrDefault() is not { Number: 1 } header
                || !TemplateColumns.HiddenHeaders.Select((h, i) => header[TemplateColumns.IndicatorId + i] == h).All(same => same))
                return null;
            return new TemplateFile(data.Name?.Value ?? "", Id(facts.GetValueOrDefault("period")), Id(facts.GetValueOrDefault("organisation")),
                [.. rows.Skip(1)]);
        }
        catch (Exception exception) when (exception is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException
                                              or System.Xml.XmlException or InvalidOperationException)
        {
            return null;
        }
    }

    private static WorksheetPart Part(WorkbookPart workbook, Sheet sheet) => (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);

    private static IEnumerable<TemplateRow> Rows(WorksheetPart part, List<string> strings)
    {
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            var cells = new Dictionary<int, string>();
            var position = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                position = cell.CellReference?.Value is { } reference ? Column(reference) : position;
                var text = Text(cell, strings, position);
                if (text.Length > 0) cells[position] = text;
                position++;
            }
            yield return new TemplateRow((int)(row.RowIndex?.Value ?? 0), cells);
        }
    }

    private static string Text(Cell cell, List<string> strings, int column)
    {
        var raw = cell.CellValue?.Text ?? "";
        var text = cell.DataType?.Value switch
        {
            CellValues.SharedString => int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < strings.Count ? strings[index] : "",
            CellValues.InlineString => cell.InlineString?.InnerText ?? "",
            CellValues.Boolean => raw == "1" ? "yes" : "no",
            CellValues.String or CellValues.Error => raw,
            _ => Number(raw, column),
        };
        return text.Trim();
    }

    /// <summary>
    /// Spreadsheets keep numbers as binary floating point ("0.30000000000000004"); reading them as a double and then a
    /// decimal gives back the number as typed. In the date column a number is a day count.
    /// </summary>
    private static string Number(string raw, int column)
    {
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return raw;
        if (column == TemplateColumns.SourceDate && number is > 0 and < 2_958_466)
            return SerialDayZero.AddDays((int)number).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return Math.Abs(number) < 7.9e27 ? ((decimal)number).ToString(CultureInfo.InvariantCulture) : raw;
    }

    /// <summary>"N12" → 13 (zero-based position of column N).</summary>
    private static int Column(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter)) index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        return index - 1;
    }

    private static int? Id(string? text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
