using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Avance.Features.Reporting.Templates;

/// <summary>
/// The template's cell styles. Cells are locked unless their style unlocks them, and the sheet is protected, so only
/// the shaded cells people are meant to fill in can be typed into.
/// </summary>
internal static class TemplateStyles
{
    public const uint Plain = 0;
    public const uint Header = 1;
    public const uint Wrapped = 2;
    public const uint Input = 3;
    public const uint InputDate = 4;
    public const uint InputWrapped = 5;
    public const uint Date = 6;
    private const uint IsoDate = 164;

    public static Stylesheet Create() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = IsoDate, FormatCode = "yyyy-mm-dd" }) { Count = 1 },
        new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFFFF4CC" }) { PatternType = PatternValues.Solid })) { Count = 3 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(Side<LeftBorder>(), Side<RightBorder>(), Side<TopBorder>(), Side<BottomBorder>(), new DiagonalBorder())) { Count = 2 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            Format(fontId: 1, fillId: 0, borderId: 0, numberFormat: 0, wrap: true, locked: true),
            Format(fontId: 0, fillId: 0, borderId: 0, numberFormat: 0, wrap: true, locked: true),
            Format(fontId: 0, fillId: 2, borderId: 1, numberFormat: 0, wrap: false, locked: false),
            Format(fontId: 0, fillId: 2, borderId: 1, numberFormat: IsoDate, wrap: false, locked: false),
            Format(fontId: 0, fillId: 2, borderId: 1, numberFormat: 0, wrap: true, locked: false),
            Format(fontId: 0, fillId: 0, borderId: 0, numberFormat: IsoDate, wrap: false, locked: true)) { Count = 7 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    private static CellFormat Format(uint fontId, uint fillId, uint borderId, uint numberFormat, bool wrap, bool locked) =>
        new(new Alignment { WrapText = wrap, Vertical = VerticalAlignmentValues.Top }, new Protection { Locked = locked })
        {
            NumberFormatId = numberFormat, FontId = fontId, FillId = fillId, BorderId = borderId, FormatId = 0,
            ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true, ApplyProtection = true,
            ApplyNumberFormat = numberFormat != 0,
        };

    private static T Side<T>() where T : BorderPropertiesType, new() =>
        new() { Style = BorderStyleValues.Thin, Color = new Color { Rgb = HexBinaryValue.FromString("FF8A8A8A") } };
}
