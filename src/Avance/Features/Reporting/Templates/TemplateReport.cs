using Avance.Features.Reporting.Entry;

namespace Avance.Features.Reporting.Templates;

/// <summary>What is wrong with an uploaded template, at which sheet, row and column, in the language of the request.</summary>
public sealed record TemplateProblem(string Code, string Sheet, int? Row, string? Column, string Message);

/// <summary>A value the template would save: <see cref="Before"/> is null for a new one; without <see cref="ValueChanges"/> only its narrative, source or date change.</summary>
public sealed record TemplateChange(int Row, string Indicator, string Combination, string? Before, string After, bool ValueChanges);

/// <summary>
/// The dry run of an upload: every problem, or when there are none, every change applying it would make. Nothing is
/// saved unless the whole file passes.
/// </summary>
public sealed class TemplateReport
{
    public List<TemplateProblem> Problems { get; } = [];
    public List<TemplateChange> Changes { get; } = [];
    public bool CanApply => Problems.Count == 0 && Changes.Count > 0;
    /// <summary>Whether the changes were saved (an upload asked to apply them and the file passed).</summary>
    public bool Applied { get; internal set; }
    /// <summary>The template was made for an organisation the caller does not report for.</summary>
    internal bool Forbidden { get; set; }
    internal List<PreparedEntry> Entries { get; } = [];
}

/// <summary>The codes of template problems; each has a message under "Template_Problem_" + the part after the dot.</summary>
public static class TemplateProblems
{
    public const string Unreadable = "template.unreadable";
    public const string OtherPeriod = "template.other-period";
    public const string TooManyRows = "template.too-many-rows";
    public const string ExtraRow = "template.extra-row";
    public const string UnknownIndicator = "template.unknown-indicator";
    public const string OtherOrganisation = "template.other-organisation";
    public const string VersionUnreadable = "template.version-unreadable";
    public const string DetailsNotOnTotal = "template.details-not-on-total";
    public const string Conflict = "template.conflict";
    public const string PeriodNotOpen = "template.period-not-open";

    public static readonly IReadOnlyList<string> All =
        [Unreadable, OtherPeriod, TooManyRows, ExtraRow, UnknownIndicator, OtherOrganisation, VersionUnreadable, DetailsNotOnTotal, Conflict, PeriodNotOpen];

    public static string ResourceKey(string code) => "Template_Problem_" + code["template.".Length..].Replace('-', '_');
}
