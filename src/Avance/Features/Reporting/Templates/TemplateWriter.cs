using System.Globalization;
using Avance.Features.Indicators;
using Avance.Features.Reporting.Entry;
using Avance.Features.Reporting.Entry.Rules;
using Avance.Web;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Avance.Features.Reporting.Templates;

/// <summary>
/// Writes an organisation's reporting template for a period: one row per combination of each indicator with what is
/// saved, the cells to fill in shaded and unlocked, everything else locked, the sheet and workbook structure protected.
/// A template holds one organisation's indicators, so it is built in memory (ADR 0010's streaming is for public tables).
/// </summary>
internal static class TemplateWriter
{
    private static readonly DateOnly SerialDayZero = new(1899, 12, 30);

    public static byte[] Write(TemplateScope scope, IReadOnlyList<IndicatorEntryRow> indicators, UiText text)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = TemplateStyles.Create();
            var data = workbook.AddNewPart<WorksheetPart>();
            data.Worksheet = DataSheet(scope, indicators, text);
            var about = workbook.AddNewPart<WorksheetPart>();
            about.Worksheet = AboutSheet(scope);
            workbook.Workbook.Append(
                new WorkbookProtection { LockStructure = true },
                new Sheets(
                    new Sheet { Id = workbook.GetIdOfPart(data), SheetId = 1, Name = text["Template_SheetName"] },
                    new Sheet { Id = workbook.GetIdOfPart(about), SheetId = 2, Name = TemplateColumns.AboutSheet, State = SheetStateValues.VeryHidden }));
        }
        return stream.ToArray();
    }

    private static Worksheet DataSheet(TemplateScope scope, IReadOnlyList<IndicatorEntryRow> indicators, UiText text)
    {
        var rows = new SheetData();
        rows.Append(Row(1, [.. TemplateColumns.Headers.Select(h => Text(text[h], TemplateStyles.Header)),
            .. TemplateColumns.HiddenHeaders.Select(h => Text(h, TemplateStyles.Header))]));
        var number = 1u;
        foreach (var indicator in indicators)
            foreach (var cells in IndicatorRows(indicator, scope.Period.IsOpen, text))
                rows.Append(Row(++number, cells));

        var columns = new Columns();
        for (var i = 0; i < TemplateColumns.Count; i++)
            columns.Append(new Column
            {
                Min = (uint)i + 1, Max = (uint)i + 1, Width = TemplateColumns.Widths[i], CustomWidth = true,
                Hidden = i >= TemplateColumns.IndicatorId ? true : null,
            });
        return new Worksheet(
            new SheetViews(new SheetView(new Pane
            {
                VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
            }) { WorkbookViewId = 0 }),
            columns,
            rows,
            // Resizing columns and rows stays allowed; inserting, deleting and typing outside the shaded cells does not.
            new SheetProtection { Sheet = true, Objects = true, Scenarios = true, FormatColumns = false, FormatRows = false });
    }

    private static IEnumerable<Cell?[]> IndicatorRows(IndicatorEntryRow indicator, bool open, UiText text)
    {
        var expects = text["Reporting_Type_" + indicator.Type] + (indicator.Unit is { } unit ? $" — {unit}" : "");
        foreach (var combination in indicator.Combinations)
        {
            var editable = open && combination.Editable;
            var details = combination.IsTotal;
            yield return
            [
                Text(indicator.Code), Text(indicator.Wording, TemplateStyles.Wrapped), Text(expects, TemplateStyles.Wrapped),
                Text(combination.Dimension is { } d ? text["Reporting_Dimension_" + d] : text["Indicators_Total"]),
                Text(combination.Dimension is null ? "" : CategoryLabel(combination)),
                Value(indicator.Type, combination, editable, text),
                Text(combination.Status is { } status ? text["Reporting_Status_" + status] : ""),
                Detail(details ? indicator.NarrativeEnglish : null, editable && details, TemplateStyles.InputWrapped),
                Detail(details ? indicator.NarrativeSpanish : null, editable && details, TemplateStyles.InputWrapped),
                Detail(details ? indicator.Source?.Title : null, editable && details, TemplateStyles.Input),
                Detail(details ? indicator.Source?.Url : null, editable && details, TemplateStyles.Input),
                details && indicator.SourceDate is { } date ? Date(date, editable) : Detail(null, editable && details, TemplateStyles.InputDate),
                Number(indicator.IndicatorId), Text(combination.Key), Number(combination.Version),
            ];
        }
        foreach (var dimension in indicator.Dimensions.Where(Categories.IsOpen))
            for (var i = 0; i < EntryForm.NewCategoryRows && open; i++)
                yield return
                [
                    Text(indicator.Code), Text(indicator.Wording, TemplateStyles.Wrapped), Text(expects, TemplateStyles.Wrapped),
                    Text(text["Reporting_Dimension_" + dimension]), Text("", TemplateStyles.Input), Text("", TemplateStyles.Input), null, null, null, null, null, null,
                    Number(indicator.IndicatorId), Text(dimension.ToString().ToLowerInvariant()), Number(0),
                ];
    }

    /// <summary>The category part of the label ("Women" from "Sex: Women").</summary>
    private static string CategoryLabel(CombinationRow combination) =>
        combination.Label[(combination.Label.IndexOf(": ", StringComparison.Ordinal) + 2)..];

    private static Cell Value(IndicatorType type, CombinationRow combination, bool editable, UiText text)
    {
        var style = editable ? TemplateStyles.Input : TemplateStyles.Plain;
        return (type, combination.Value) switch
        {
            (IndicatorType.YesNo, 1) => Text(text["Indicators_Yes"], style),
            (IndicatorType.YesNo, 0) => Text(text["Indicators_No"], style),
            (_, { } number) => Number(number, style),
            _ => Text(combination.TextValue ?? "", type == IndicatorType.Qualitative && editable ? TemplateStyles.InputWrapped : style),
        };
    }

    private static Cell? Detail(string? value, bool editable, uint inputStyle) =>
        value is null && !editable ? null : Text(value ?? "", editable ? inputStyle : TemplateStyles.Wrapped);

    private static Worksheet AboutSheet(TemplateScope scope) => new(new SheetData(
        Row(1, [Text("kind"), Text(TemplateColumns.Kind)]),
        Row(2, [Text("period"), Number(scope.Period.Id)]),
        Row(3, [Text("organisation"), scope.OrganisationId is { } id ? Number(id) : Text("")]),
        Row(4, [Text("language"), Text(scope.Language)])));

    private static Row Row(uint number, Cell?[] cells)
    {
        var row = new Row { RowIndex = number };
        for (var i = 0; i < cells.Length; i++)
            if (cells[i] is { } cell)
            {
                cell.CellReference = TemplateColumns.Letter(i) + number.ToString(CultureInfo.InvariantCulture);
                row.Append(cell);
            }
        return row;
    }

    private static Cell Text(string value, uint style = TemplateStyles.Plain) =>
        new(new InlineString(new Text(value) { Space = SpaceProcessingModeValues.Preserve })) { DataType = CellValues.InlineString, StyleIndex = style };

    private static Cell Number(decimal value, uint style = TemplateStyles.Plain) =>
        new(new CellValue(value.ToString("0.####", CultureInfo.InvariantCulture))) { DataType = CellValues.Number, StyleIndex = style };

    private static Cell Date(DateOnly date, bool editable) =>
        Number(date.DayNumber - SerialDayZero.DayNumber, editable ? TemplateStyles.InputDate : TemplateStyles.Date);
}

/// <summary>Whose template, for which period, in which language.</summary>
internal sealed record TemplateScope(PeriodRow Period, int? OrganisationId, string Language);
