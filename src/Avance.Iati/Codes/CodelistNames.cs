namespace Avance.Iati.Codes;

/// <summary>Names of the codelists the library checks; each constant spells the codelist it is named after.</summary>
public static class CodelistNames
{
    public const string ActivityDateType = "ActivityDateType";
    public const string ActivityStatus = "ActivityStatus";
    public const string AidType = "AidType";
    public const string AidTypeVocabulary = "AidTypeVocabulary";
    public const string BudgetStatus = "BudgetStatus";
    public const string BudgetType = "BudgetType";
    public const string CashandVoucherModalities = "CashandVoucherModalities";
    public const string Country = "Country";
    public const string Currency = "Currency";
    public const string DescriptionType = "DescriptionType";
    public const string DocumentCategory = "DocumentCategory";
    public const string EarmarkingCategory = "EarmarkingCategory";
    public const string FileFormat = "FileFormat";
    public const string FinanceType = "FinanceType";
    public const string FlowType = "FlowType";
    public const string IndicatorMeasure = "IndicatorMeasure";
    public const string IndicatorVocabulary = "IndicatorVocabulary";
    public const string Language = "Language";
    public const string OrganisationRole = "OrganisationRole";
    public const string OrganisationType = "OrganisationType";
    public const string PolicyMarker = "PolicyMarker";
    public const string PolicyMarkerVocabulary = "PolicyMarkerVocabulary";
    public const string PolicySignificance = "PolicySignificance";
    public const string Region = "Region";
    public const string RegionVocabulary = "RegionVocabulary";
    public const string RelatedActivityType = "RelatedActivityType";
    public const string ResultType = "ResultType";
    public const string Sector = "Sector";
    public const string SectorCategory = "SectorCategory";
    public const string SectorVocabulary = "SectorVocabulary";
    public const string TagVocabulary = "TagVocabulary";
    public const string TransactionType = "TransactionType";
    public const string UnsdgGoals = "UNSDG-Goals";
    public const string UnsdgTargets = "UNSDG-Targets";
    public const string UnsdgIndicators = "UNSDG-Indicators";
}
