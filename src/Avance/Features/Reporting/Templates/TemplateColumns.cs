using Avance.Features.Reporting.Entry.Rules;

namespace Avance.Features.Reporting.Templates;

/// <summary>
/// The reporting template's columns, fixed by position: what people read and fill in on the left, and on the right the
/// hidden columns that say which value each row is (indicator, combination, the version the template was made from).
/// Headers are in the language the template was downloaded in; the reader goes by position and the hidden headers.
/// </summary>
internal static class TemplateColumns
{
    public const int Code = 0;
    public const int Indicator = 1;
    public const int Expects = 2;
    public const int Disaggregation = 3;
    public const int Category = 4;
    public const int Value = 5;
    public const int Status = 6;
    public const int NarrativeEnglish = 7;
    public const int NarrativeSpanish = 8;
    public const int SourceTitle = 9;
    public const int SourceUrl = 10;
    public const int SourceDate = 11;
    public const int IndicatorId = 12;
    public const int Combination = 13;
    public const int Version = 14;

    public const string DataSheet = "Template";
    /// <summary>A sheet people never see, naming the period and organisation the template was made for.</summary>
    public const string AboutSheet = "avance";
    public const string Kind = "avance-reporting-template-1";

    /// <summary>Header texts (resource keys) of the visible columns, in order.</summary>
    public static readonly IReadOnlyList<string> Headers =
    [
        "Template_Column_Code", "Template_Column_Indicator", "Template_Column_Expects", "Template_Column_Disaggregation", "Template_Column_Category",
        "Template_Column_Value", "Template_Column_Status", "Template_Column_NarrativeEnglish", "Template_Column_NarrativeSpanish",
        "Template_Column_SourceTitle", "Template_Column_SourceUrl", "Template_Column_SourceDate",
    ];

    /// <summary>The hidden columns' headers, fixed whatever the language: how the reader recognises its own template.</summary>
    public static readonly IReadOnlyList<string> HiddenHeaders = ["indicator_id", "combination", "version"];

    public const int Count = 15;

    public static readonly IReadOnlyList<int> Widths = [12, 50, 24, 20, 24, 14, 14, 45, 45, 35, 35, 14, 10, 20, 8];

    /// <summary>The column a rule problem is about, so the report can point at the cell.</summary>
    public static int For(EntryProblem problem) => problem.Field switch
    {
        EntryFields.NarrativeEnglish or EntryFields.Narrative => NarrativeEnglish,
        EntryFields.NarrativeSpanish => NarrativeSpanish,
        EntryFields.Source or EntryFields.SourceTitle => SourceTitle,
        EntryFields.SourceUrl => SourceUrl,
        EntryFields.SourceDate => SourceDate,
        _ when problem.Code.StartsWith("combination.", StringComparison.Ordinal) => Disaggregation,
        _ => Value,
    };

    /// <summary>"A", "B" … as spreadsheets name columns.</summary>
    public static string Letter(int index) => ((char)('A' + index)).ToString();
}
