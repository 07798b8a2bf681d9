using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Avance.Web.Downloads.Formats;

/// <summary>
/// A one-sheet workbook written part by part into a zip that goes straight to the response: a bold, frozen header
/// row of column names, numbers as numeric cells, dates as date cells, text inline.
/// </summary>
internal static class XlsxTable
{
    /// <summary>The most characters a spreadsheet cell holds; longer text makes the workbook fail to open.</summary>
    private const int MaxCellText = 32_767;
    private static readonly DateOnly SerialDayZero = new(1899, 12, 30);
    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), CloseOutput = false };

    public static async Task WriteAsync(ChunkedBody body, string sheetName, IReadOnlyList<DownloadField> fields,
        IAsyncEnumerable<object?[]> records, CancellationToken cancellationToken)
    {
        using (var zip = new ZipArchive(body, ZipArchiveMode.Create, leaveOpen: true))
        {
            WritePart(zip, "[Content_Types].xml", XlsxParts.ContentTypes);
            WritePart(zip, "_rels/.rels", XlsxParts.PackageRelationships);
            WritePart(zip, "xl/workbook.xml", XlsxParts.Workbook(sheetName));
            WritePart(zip, "xl/_rels/workbook.xml.rels", XlsxParts.WorkbookRelationships);
            WritePart(zip, "xl/styles.xml", XlsxParts.Styles);
            using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Optimal).Open();
            using var xml = XmlWriter.Create(sheet, Settings);
            StartSheet(xml, fields);
            WriteRow(xml, 1, [.. fields.Select(f => (object?)f.Name)], XlsxParts.BoldStyle);
            var number = 1;
            await foreach (var cells in records.WithCancellation(cancellationToken))
            {
                WriteRow(xml, ++number, cells, style: null);
                await body.RowWrittenAsync(cancellationToken);
            }
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        await body.SendAsync(cancellationToken);
    }

    private static void WritePart(ZipArchive zip, string path, string content)
    {
        using var part = zip.CreateEntry(path, CompressionLevel.Optimal).Open();
        part.Write(Encoding.UTF8.GetBytes(content));
    }

    private static void StartSheet(XmlWriter xml, IReadOnlyList<DownloadField> fields)
    {
        xml.WriteStartElement("worksheet", XlsxParts.Main);
        xml.WriteStartElement("sheetViews");
        xml.WriteStartElement("sheetView");
        xml.WriteAttributeString("workbookViewId", "0");
        xml.WriteStartElement("pane");
        xml.WriteAttributeString("ySplit", "1");
        xml.WriteAttributeString("topLeftCell", "A2");
        xml.WriteAttributeString("activePane", "bottomLeft");
        xml.WriteAttributeString("state", "frozen");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("cols");
        for (var i = 0; i < fields.Count; i++)
        {
            var position = (i + 1).ToString(CultureInfo.InvariantCulture);
            xml.WriteStartElement("col");
            xml.WriteAttributeString("min", position);
            xml.WriteAttributeString("max", position);
            xml.WriteAttributeString("width", Width(fields[i]).ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("customWidth", "1");
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteStartElement("sheetData");
    }

    private static int Width(DownloadField field) => Math.Max(field.Name.Length + 3, field.Type == FieldType.String ? 30 : 12);

    private static void WriteRow(XmlWriter xml, int number, IReadOnlyList<object?> cells, int? style)
    {
        xml.WriteStartElement("row");
        xml.WriteAttributeString("r", number.ToString(CultureInfo.InvariantCulture));
        for (var i = 0; i < cells.Count; i++)
            if (cells[i] is { } value) WriteCell(xml, XlsxParts.ColumnName(i) + number.ToString(CultureInfo.InvariantCulture), value, style);
        xml.WriteEndElement();
    }

    private static void WriteCell(XmlWriter xml, string reference, object value, int? style)
    {
        xml.WriteStartElement("c");
        xml.WriteAttributeString("r", reference);
        if (value is DateOnly) style ??= XlsxParts.DateStyle;
        if (style is { } s) xml.WriteAttributeString("s", s.ToString(CultureInfo.InvariantCulture));
        switch (value)
        {
            case var number when Cell.IsNumber(number):
                xml.WriteElementString("v", Cell.Number(number));
                break;
            case DateOnly date:
                xml.WriteElementString("v", (date.DayNumber - SerialDayZero.DayNumber).ToString(CultureInfo.InvariantCulture));
                break;
            case bool flag:
                xml.WriteAttributeString("t", "b");
                xml.WriteElementString("v", flag ? "1" : "0");
                break;
            default:
                xml.WriteAttributeString("t", "inlineStr");
                xml.WriteStartElement("is");
                xml.WriteStartElement("t");
                xml.WriteAttributeString("xml", "space", null, "preserve");
                xml.WriteString(XmlText(Cell.Text(value)));
                xml.WriteEndElement();
                xml.WriteEndElement();
                break;
        }
        xml.WriteEndElement();
    }

    /// <summary>Control characters cannot appear in XML at all; cells keep everything else.</summary>
    private static string XmlText(string text)
    {
        if (text.Length > MaxCellText) text = text[..MaxCellText];
        if (text.All(XmlConvert.IsXmlChar)) return text;
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && char.IsSurrogatePair(text[i], text[i + 1])) kept.Append(text, i++, 2);
            else if (XmlConvert.IsXmlChar(text[i])) kept.Append(text[i]);
        }
        return kept.ToString();
    }
}
