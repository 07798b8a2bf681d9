using System.Xml;

namespace Avance.Iati;

/// <summary>
/// What every part of the library shares about IATI XML: the hardened reader settings and the element and attribute
/// names of the activity standard, so the reader and the writer cannot disagree on a spelling.
/// </summary>
public static class IatiXml
{
    /// <summary>The namespace of <c>xml:lang</c>.</summary>
    public const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    /// <summary>The version the writer produces.</summary>
    public const string WrittenVersion = "2.03";

    /// <summary>Root versions the reader accepts; the 2.0x line shares one structure.</summary>
    public static IReadOnlyList<string> ReadableVersions { get; } = ["2.01", "2.02", "2.03"];

    // Entities can only come from a DTD, which is prohibited; the small cap is a second line of defence.
    private const long MaxCharactersFromEntities = 1024;

    /// <summary>
    /// Reader settings safe for files from anyone: no DTD, no resolver (so no external entity or schema is ever
    /// fetched), a tiny entity budget, no overall size limit (files of gigabytes are normal), no whitespace or
    /// comment nodes, and the stream left open for its owner. Callers may change what they need, such as Async.
    /// </summary>
    public static XmlReaderSettings SafeReaderSettings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = MaxCharactersFromEntities,
        MaxCharactersInDocument = 0,
        IgnoreWhitespace = true,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    /// <summary>Element names of IATI activity files; each constant spells the element it is named after.</summary>
    public static class Element
    {
        public const string Activities = "iati-activities";
        public const string Activity = "iati-activity";
        public const string Identifier = "iati-identifier";
        public const string ReportingOrg = "reporting-org";
        public const string Title = "title";
        public const string Description = "description";
        public const string Narrative = "narrative";
        public const string ParticipatingOrg = "participating-org";
        public const string ActivityStatus = "activity-status";
        public const string ActivityDate = "activity-date";
        public const string RecipientCountry = "recipient-country";
        public const string RecipientRegion = "recipient-region";
        public const string Sector = "sector";
        public const string Tag = "tag";
        public const string PolicyMarker = "policy-marker";
        public const string DefaultFlowType = "default-flow-type";
        public const string DefaultFinanceType = "default-finance-type";
        public const string DefaultAidType = "default-aid-type";
        public const string Budget = "budget";
        public const string PlannedDisbursement = "planned-disbursement";
        public const string Transaction = "transaction";
        public const string TransactionType = "transaction-type";
        public const string TransactionDate = "transaction-date";
        public const string ProviderOrg = "provider-org";
        public const string ReceiverOrg = "receiver-org";
        public const string PeriodStart = "period-start";
        public const string PeriodEnd = "period-end";
        public const string Value = "value";
        public const string DocumentLink = "document-link";
        public const string Category = "category";
        public const string Language = "language";
        public const string DocumentDate = "document-date";
        public const string RelatedActivity = "related-activity";
        public const string Result = "result";
        public const string Indicator = "indicator";
        public const string Reference = "reference";
        public const string Baseline = "baseline";
        public const string Period = "period";
        public const string Target = "target";
        public const string Actual = "actual";
        public const string Location = "location";
        public const string Dimension = "dimension";
        public const string Comment = "comment";
    }

    /// <summary>Attribute names of IATI activity files; each constant spells the attribute it is named after.</summary>
    public static class Attribute
    {
        public const string Version = "version";
        public const string GeneratedDateTime = "generated-datetime";
        public const string LastUpdatedDateTime = "last-updated-datetime";
        public const string Lang = "lang";
        public const string DefaultCurrency = "default-currency";
        public const string Humanitarian = "humanitarian";
        public const string Hierarchy = "hierarchy";
        public const string Ref = "ref";
        public const string Type = "type";
        public const string Role = "role";
        public const string ActivityId = "activity-id";
        public const string ProviderActivityId = "provider-activity-id";
        public const string ReceiverActivityId = "receiver-activity-id";
        public const string CrsChannelCode = "crs-channel-code";
        public const string SecondaryReporter = "secondary-reporter";
        public const string Code = "code";
        public const string Vocabulary = "vocabulary";
        public const string VocabularyUri = "vocabulary-uri";
        public const string IndicatorUri = "indicator-uri";
        public const string Percentage = "percentage";
        public const string Significance = "significance";
        public const string IsoDate = "iso-date";
        public const string Status = "status";
        public const string Currency = "currency";
        public const string ValueDate = "value-date";
        public const string Url = "url";
        public const string Format = "format";
        public const string AggregationStatus = "aggregation-status";
        public const string Measure = "measure";
        public const string Ascending = "ascending";
        public const string Year = "year";
        public const string Value = "value";
        public const string Name = "name";
    }
}
