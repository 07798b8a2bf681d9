using Avance.Features.Interchange.Bulk;
using static Avance.Features.Interchange.Bulk.ColumnType;

namespace Avance.Features.Interchange.Import;

/// <summary>The tables an import writes in bulk, with the columns it gives (identity ids where others point at them).</summary>
internal static class ImportTables
{
    public static readonly BulkTable Texts = BulkTable.Of("Texts", ("Id", Integer));
    public static readonly BulkTable Translations = BulkTable.Of("TextTranslations", ("TextId", Integer), ("Language", Text), ("Value", Text));
    public static readonly BulkTable Outcomes = BulkTable.Of("Outcomes",
        ("Id", Integer), ("FrameworkId", Integer), ("IatiIdentifier", Text), ("SummaryId", Integer), ("Status", Text), ("DisplayOrder", Integer));
    public static readonly BulkTable OutcomeImports = BulkTable.Of("OutcomeImports",
        ("OutcomeId", Integer), ("SourceId", Integer), ("ContentHash", Text), ("ImportedAt", Timestamp), ("DescriptionId", Integer),
        ("ActivityStatus", Text), ("StartDate", Date), ("EndDate", Date), ("Summary", Text));
    public static readonly BulkTable Indicators = BulkTable.Of("ResultIndicators",
        ("Id", Integer), ("OutcomeId", Integer), ("TitleId", Integer), ("Measure", Text), ("Ascending", YesNo), ("IsComplementary", YesNo),
        ("BaselineYear", Integer), ("BaselineValue", Number));
    public static readonly BulkTable IatiIndicators = BulkTable.Of("IatiIndicators",
        ("ResultIndicatorId", Integer), ("ResultPosition", Integer), ("ResultType", Text), ("ResultTitleId", Integer),
        ("ResultDescriptionId", Integer), ("DescriptionId", Integer));
    public static readonly BulkTable Periods = BulkTable.Of("ResultIndicatorPeriods",
        ("Id", Integer), ("ResultIndicatorId", Integer), ("Start", Date), ("End", Date), ("Target", Number), ("Actual", Number),
        ("CommentId", Integer), ("SourceId", Integer));
    public static readonly BulkTable Values = BulkTable.Of("ResultIndicatorValues",
        ("ResultIndicatorId", Integer), ("PeriodId", Integer), ("Kind", Text), ("Year", Integer), ("Dimensions", Text), ("Value", Number),
        ("Text", Text), ("CommentId", Integer));
    public static readonly BulkTable Resources = BulkTable.Of("OutcomeResources",
        ("OutcomeId", Integer), ("Year", Integer), ("Currency", Text), ("PlannedBudget", Number), ("SourceId", Integer));
    public static readonly BulkTable Funding = BulkTable.Of("FundingContributions",
        ("OutcomeId", Integer), ("PartnerId", Integer), ("Year", Integer), ("Currency", Text), ("Development", Number),
        ("Humanitarian", Number), ("SourceId", Integer));
    public static readonly BulkTable Sdgs = BulkTable.Of("SdgAllocations",
        ("OutcomeId", Integer), ("Year", Integer), ("SdgCode", Text), ("Currency", Text), ("Amount", Number), ("SourceId", Integer));
    /// <summary>Search entries of new outcomes; the full-text index follows the table (a trigger on SQLite, an index on PostgreSQL).</summary>
    public static readonly BulkTable SearchEntries = BulkTable.Of("SearchEntries",
        ("Kind", Text), ("CountryIso2", Text), ("Language", Text), ("Path", Text), ("Title", Text), ("Body", Text),
        ("NormalisedTitle", Text), ("NormalisedBody", Text), ("BodyLength", Integer));

    /// <summary>Staging: the outcomes of a batch that already exist and change, with the framework they now belong to.</summary>
    public static readonly BulkTable Changed = BulkTable.Of("ImportChanged", ("Id", Integer), ("FrameworkId", Integer));

    /// <summary>Staging: texts of the replaced content, deleted once nothing points at them.</summary>
    public static readonly BulkTable OldTexts = BulkTable.Of("ImportOldTexts", ("Id", Integer));
}
