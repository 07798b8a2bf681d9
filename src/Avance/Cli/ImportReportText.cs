using Avance.Features.Interchange.Import;

namespace Avance.Cli;

/// <summary>An import report as plain text, in the report's language, for the command line.</summary>
internal static class ImportReportText
{
    public static void Write(TextWriter output, ImportReport report, ImportText text)
    {
        output.WriteLine($"{text["Report_Heading", report.FileName]} ({text[report.Lenient ? "Report_Mode_Lenient" : "Report_Mode_Strict"]})");
        output.WriteLine(text["Report_Result_" + report.Result]);
        output.WriteLine($"{text["Report_Read"]}: " + string.Join(", ", report.Read.All.Select(e => $"{e.Count} {text["Import_Element_" + e.Name]}")));
        output.WriteLine(text["Report_Outcomes", report.Created, report.Updated, report.Unchanged, report.Skipped]);
        if (report.CountriesCreated + report.OrganisationsCreated + report.FrameworksCreated > 0)
            output.WriteLine(text["Report_AlsoCreated", report.CountriesCreated, report.OrganisationsCreated, report.FrameworksCreated]);
        output.WriteLine(text["Report_IssueCounts", report.ErrorCount, report.WarningCount]);
        foreach (var issue in report.Issues)
        {
            var where = issue.Line is { } line ? $" ({text["Report_Line", line]})" : "";
            output.WriteLine($"  {text[issue.Severity == IssueSeverity.Error ? "Report_Error" : "Report_Warning"]}{where}: {issue.Message}");
        }
        if (report.ErrorCount + report.WarningCount > report.Issues.Count)
            output.WriteLine("  " + text["Report_NotListed", report.ErrorCount + report.WarningCount - report.Issues.Count]);
        if (report.Changes.Count == 0) return;
        output.WriteLine(text["Report_Changes"] + ":");
        foreach (var change in report.Changes)
        {
            var fields = string.Join("; ", change.Fields.Select(f => f.Before is null && f.After is null
                ? text["Import_Field_" + f.Field]
                : $"{text["Import_Field_" + f.Field]} {f.Before} → {f.After}"));
            output.WriteLine($"  {change.Identifier}: {text[change.Kind == ChangeKind.Created ? "Report_Created" : "Report_Updated"]}{(fields.Length > 0 ? " — " + fields : "")}");
        }
        if (report.ChangeCount > report.Changes.Count) output.WriteLine("  " + text["Report_NotListed", report.ChangeCount - report.Changes.Count]);
    }
}
