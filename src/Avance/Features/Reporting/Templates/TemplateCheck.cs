using System.Globalization;
using Avance.Data;
using Avance.Features.Accounts;
using Avance.Features.Indicators;
using Avance.Features.Reporting.Entry;
using Avance.Features.Reporting.Entry.Rules;
using Avance.Web;

namespace Avance.Features.Reporting.Templates;

/// <summary>
/// The dry run of an uploaded template: it recognises the file, checks every row is one the template could hold for the
/// caller, and runs each indicator's rows through the same entry service as the form (rules, organisation, versions).
/// </summary>
public sealed class TemplateCheck(AvanceDb db, ValueEntry entry, UiText text)
{
    public async Task<TemplateReport> CheckAsync(Caller caller, PeriodRow period, Stream content, CancellationToken cancellationToken)
    {
        var report = new TemplateReport();
        var file = TemplateReader.Read(content);
        if (file is null) return Refuse(report, TemplateProblems.Unreadable, "");
        if (file.OrganisationId is { } organisation && !caller.ActsFor(organisation))
        {
            report.Forbidden = true;
            return report;
        }
        if (file.PeriodId != period.Id) return Refuse(report, TemplateProblems.OtherPeriod, TemplateColumns.AboutSheet);
        if (file.Rows.Count > TemplateReader.MaxRows) return Refuse(report, TemplateProblems.TooManyRows, file.SheetName, TemplateReader.MaxRows);
        if (!period.IsOpen) return Refuse(report, TemplateProblems.PeriodNotOpen, file.SheetName);

        var indicators = (await IndicatorEntries.List(db, period, new EntryScope(null), Languages.Current, cancellationToken)).ToDictionary(i => i.IndicatorId);
        var groups = new Dictionary<int, TemplateRows>();
        foreach (var row in file.Rows)
        {
            var problem = Classify(row, file, caller, indicators, groups);
            if (problem is { } p) report.Problems.Add(Problem(p.Code, file.SheetName, row.Number, p.Column, p.Arguments));
        }
        foreach (var (indicatorId, rows) in groups)
            await CheckIndicatorAsync(caller, period, indicators[indicatorId], rows, file.SheetName, report, cancellationToken);
        if (report.Problems.Count > 0)
        {
            report.Changes.Clear();
            report.Entries.Clear();
        }
        report.Problems.Sort((a, b) => (a.Row ?? 0).CompareTo(b.Row ?? 0));
        return report;
    }

    /// <summary>Files a row under its indicator, or says why it cannot be one of the template's rows.</summary>
    private static (string Code, int Column, object[] Arguments)? Classify(TemplateRow row, TemplateFile file, Caller caller,
        Dictionary<int, IndicatorEntryRow> indicators, Dictionary<int, TemplateRows> groups)
    {
        var id = row[TemplateColumns.IndicatorId];
        var key = row[TemplateColumns.Combination];
        if (id.Length == 0 && key.Length == 0)
            return row.Cells.Keys.Any(c => c < TemplateColumns.IndicatorId) ? (TemplateProblems.ExtraRow, TemplateColumns.Code, []) : null;
        if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var indicatorId) || !indicators.TryGetValue(indicatorId, out var indicator))
            return (TemplateProblems.UnknownIndicator, TemplateColumns.Code, [row[TemplateColumns.Code]]);
        if ((file.OrganisationId is { } organisation && indicator.OrganisationId != organisation) || !caller.ActsFor(indicator.OrganisationId))
            return (TemplateProblems.OtherOrganisation, TemplateColumns.Code, [indicator.Code]);
        var versionText = row[TemplateColumns.Version];
        if (!int.TryParse(versionText.Length == 0 ? "0" : versionText, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            return (TemplateProblems.VersionUnreadable, TemplateColumns.Code, []);
        var rows = groups.TryGetValue(indicatorId, out var existing) ? existing : groups[indicatorId] = new TemplateRows();
        if (key.Length > 0 && row.Cells.Keys.FirstOrDefault(c => c is >= TemplateColumns.NarrativeEnglish and <= TemplateColumns.SourceDate) is var detail and > 0)
            return (TemplateProblems.DetailsNotOnTotal, detail, []);
        if (key.Length == 0) rows.Total = row;
        // A row offered for a new institution or municipality carries the dimension alone; the person names the category.
        var combination = key.Contains('=') || key.Length == 0 ? key : $"{key}={row[TemplateColumns.Category]}";
        if (!key.Contains('=') && key.Length > 0 && row[TemplateColumns.Category].Length == 0 && row[TemplateColumns.Value].Length == 0) return null;
        rows.Values.Add((new ValueInput(combination, row[TemplateColumns.Value], version), row.Number));
        return null;
    }

    private async Task CheckIndicatorAsync(Caller caller, PeriodRow period, IndicatorEntryRow indicator, TemplateRows rows, string sheet,
        TemplateReport report, CancellationToken cancellationToken)
    {
        var prepared = await entry.PrepareAsync(caller, period.Id, indicator.IndicatorId, rows.Input(indicator), EntryMode.Draft,
            CultureInfo.InvariantCulture, cancellationToken);
        var totalRow = rows.Total?.Number ?? rows.Values.FirstOrDefault().Row;
        int RowOf(string? combination) => rows.Values.FirstOrDefault(v => (v.Input.Combination ?? "") == combination).Row is var row and > 0 ? row : totalRow;
        switch (prepared.Status)
        {
            case EntryStatus.Invalid:
                foreach (var problem in prepared.Problems)
                {
                    var row = problem.ValueIndex is { } index ? rows.Values[index].Row : totalRow;
                    report.Problems.Add(new TemplateProblem(problem.Code, sheet, row, Column(TemplateColumns.For(problem)), problem.Message(CultureInfo.CurrentUICulture)));
                }
                break;
            case EntryStatus.Conflict:
                foreach (var conflict in prepared.Conflicts)
                    report.Problems.Add(Problem(TemplateProblems.Conflict, sheet, RowOf(conflict.Combination), TemplateColumns.Value,
                        IndicatorFormat.Value(text, indicator.Type, conflict.Value, conflict.TextValue), text["Reporting_Status_" + conflict.Status]));
                break;
            case EntryStatus.Ready:
                report.Entries.Add(prepared);
                foreach (var change in prepared.Changes)
                {
                    var combination = indicator.Combinations.FirstOrDefault(c => c.Key == change.Combination.ToString());
                    report.Changes.Add(new TemplateChange(RowOf(change.Combination.ToString()), indicator.Code,
                        combination?.Label ?? change.Combination.ToString(),
                        change.Before is { } before ? IndicatorFormat.Value(text, indicator.Type, before.Number, before.Text) : null,
                        IndicatorFormat.Value(text, indicator.Type, change.After.Number, change.After.Text), change.ValueChanges));
                }
                break;
            case EntryStatus.PeriodNotOpen:
                report.Problems.Add(Problem(TemplateProblems.PeriodNotOpen, sheet, null, null));
                break;
            default:
                report.Problems.Add(Problem(TemplateProblems.OtherOrganisation, sheet, totalRow, TemplateColumns.Code, indicator.Code));
                break;
        }
    }

    private TemplateReport Refuse(TemplateReport report, string code, string sheet, params object[] arguments)
    {
        report.Problems.Add(Problem(code, sheet, null, null, arguments));
        return report;
    }

    private TemplateProblem Problem(string code, string sheet, int? row, int? column, params object[] arguments) =>
        new(code, sheet, row, column is { } c ? Column(c) : null, text[TemplateProblems.ResourceKey(code), arguments]);

    private string Column(int column) => $"{TemplateColumns.Letter(column)} ({(column < TemplateColumns.Headers.Count ? text[TemplateColumns.Headers[column]] : "")})";
}
