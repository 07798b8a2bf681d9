namespace Avance.Iati.Codes;

/// <summary>
/// Which codelist holds the codes of each vocabulary of a classifying element, following the IATI codelist mapping.
/// Vocabularies without a list here (98/99, the reporting organisation's own, or lists kept elsewhere such as
/// agrovoc) have codes that cannot be checked, and the methods return null.
/// </summary>
public static class VocabularyCodelists
{
    /// <summary>The vocabulary that applies when an element does not state one (sector, aid type, policy marker, region).</summary>
    public const string DefaultVocabulary = "1";

    private static readonly Dictionary<string, string> SectorLists = new()
    {
        [DefaultVocabulary] = CodelistNames.Sector,
        ["2"] = CodelistNames.SectorCategory,
        ["7"] = CodelistNames.UnsdgGoals,
        ["8"] = CodelistNames.UnsdgTargets,
        ["9"] = CodelistNames.UnsdgIndicators,
    };

    private static readonly Dictionary<string, string> TagLists = new()
    {
        ["2"] = CodelistNames.UnsdgGoals,
        ["3"] = CodelistNames.UnsdgTargets,
    };

    private static readonly Dictionary<string, string> AidTypeLists = new()
    {
        [DefaultVocabulary] = CodelistNames.AidType,
        ["2"] = CodelistNames.EarmarkingCategory,
        ["4"] = CodelistNames.CashandVoucherModalities,
    };

    /// <summary>
    /// The codelist of a sector vocabulary: 1 → Sector (DAC 5-digit), 2 → SectorCategory (DAC 3-digit),
    /// 7/8/9 → UNSDG-Goals/-Targets/-Indicators. Check <see cref="IatiCodelists.Contains"/> before relying on the
    /// list: not every IATI list is carried (UNSDG-Indicators is not).
    /// </summary>
    public static string? ForSector(string? vocabulary) => SectorLists.GetValueOrDefault(vocabulary ?? DefaultVocabulary);

    /// <summary>The codelist of a tag vocabulary: 2 → UNSDG-Goals, 3 → UNSDG-Targets.</summary>
    public static string? ForTag(string? vocabulary) => vocabulary is null ? null : TagLists.GetValueOrDefault(vocabulary);

    /// <summary>The codelist of an aid type vocabulary: 1 → AidType, 2 → EarmarkingCategory, 4 → CashandVoucherModalities.</summary>
    public static string? ForAidType(string? vocabulary) => AidTypeLists.GetValueOrDefault(vocabulary ?? DefaultVocabulary);

    /// <summary>The codelist of a policy marker vocabulary: 1 (OECD DAC CRS) → PolicyMarker.</summary>
    public static string? ForPolicyMarker(string? vocabulary) =>
        (vocabulary ?? DefaultVocabulary) == DefaultVocabulary ? CodelistNames.PolicyMarker : null;

    /// <summary>The codelist of a region vocabulary: 1 (OECD DAC) → Region.</summary>
    public static string? ForRegion(string? vocabulary) =>
        (vocabulary ?? DefaultVocabulary) == DefaultVocabulary ? CodelistNames.Region : null;
}
