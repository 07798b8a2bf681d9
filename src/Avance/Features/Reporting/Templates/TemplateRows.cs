using Avance.Features.Reporting.Entry;
using Avance.Features.Reporting.Entry.Rules;

namespace Avance.Features.Reporting.Templates;

/// <summary>An indicator's rows in an uploaded template, turned into the same entry the form would post.</summary>
internal sealed class TemplateRows
{
    /// <summary>The total's row, which carries the narrative, source and date of the entry.</summary>
    public TemplateRow? Total { get; set; }
    public List<(ValueInput Input, int Row)> Values { get; } = [];

    public EntryInput Input(IndicatorEntryRow indicator)
    {
        var values = Values.Select(v => v.Input).ToList();
        if (Total is not { } total) return new EntryInput(values);
        var title = total[TemplateColumns.SourceTitle];
        var url = total[TemplateColumns.SourceUrl];
        SourceChoice source = title.Length == 0 && url.Length == 0 ? new SourceChoice.None()
            : indicator.Source is { } saved && saved.Title == title && (saved.Url ?? "") == url ? new SourceChoice.Existing(saved.Id)
            : new SourceChoice.New(title, url);
        return new EntryInput(values, total[TemplateColumns.NarrativeEnglish], total[TemplateColumns.NarrativeSpanish], source,
            total[TemplateColumns.SourceDate]);
    }
}
