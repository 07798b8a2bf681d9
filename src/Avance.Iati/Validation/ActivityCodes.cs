using Avance.Iati.Codes;
using Avance.Iati.Model;
using static Avance.Iati.Validation.LocationPath;
using Element = Avance.Iati.IatiXml.Element;

namespace Avance.Iati.Validation;

/// <summary>
/// Every code the model holds for an activity, paired with its codelist as the IATI codelist mapping says. Codes of
/// vocabularies whose list is not known (98/99, the reporter's own) are left out.
/// </summary>
internal static class ActivityCodes
{
    private const string CodeAttribute = "@code";
    private const string TypeAttribute = "@type";
    private const string VocabularyAttribute = "@vocabulary";
    private const string CurrencyAttribute = "value/@currency";

    public static IEnumerable<CodedValue> Of(IatiActivity activity)
    {
        var codes = new List<CodedValue?>
        {
            Coded("@default-currency", CodelistNames.Currency, activity.DefaultCurrency),
            Coded(Join(Element.ReportingOrg, TypeAttribute), CodelistNames.OrganisationType, activity.ReportingOrg?.Type),
            Coded(Join(Element.ActivityStatus, CodeAttribute), CodelistNames.ActivityStatus, activity.ActivityStatus),
            Coded(Join(Element.DefaultFlowType, CodeAttribute), CodelistNames.FlowType, activity.DefaultFlowType),
            Coded(Join(Element.DefaultFinanceType, CodeAttribute), CodelistNames.FinanceType, activity.DefaultFinanceType),
        };
        codes.AddRange(Each(activity.Descriptions, Element.Description)
            .Select(d => Coded(Join(d.Location, TypeAttribute), CodelistNames.DescriptionType, d.Item.Type)));
        foreach (var (location, org) in Each(activity.ParticipatingOrgs, Element.ParticipatingOrg))
        {
            codes.Add(Coded(Join(location, "@role"), CodelistNames.OrganisationRole, org.Role));
            codes.Add(Coded(Join(location, TypeAttribute), CodelistNames.OrganisationType, org.Type));
        }
        codes.AddRange(Each(activity.ActivityDates, Element.ActivityDate)
            .Select(d => Coded(Join(d.Location, TypeAttribute), CodelistNames.ActivityDateType, d.Item.Type)));
        codes.AddRange(Each(activity.RecipientCountries, Element.RecipientCountry)
            .Select(c => Coded(Join(c.Location, CodeAttribute), CodelistNames.Country, c.Item.Code)));
        foreach (var (location, region) in Each(activity.RecipientRegions, Element.RecipientRegion))
        {
            codes.AddRange(Vocabulary(location, CodelistNames.RegionVocabulary, region.Vocabulary,
                VocabularyCodelists.ForRegion(region.Vocabulary), region.Code));
        }
        codes.AddRange(Sectors(activity.Sectors, parent: null));
        foreach (var (location, tag) in Each(activity.Tags, Element.Tag))
        {
            codes.AddRange(Vocabulary(location, CodelistNames.TagVocabulary, tag.Vocabulary,
                VocabularyCodelists.ForTag(tag.Vocabulary), tag.Code));
        }
        foreach (var (location, marker) in Each(activity.PolicyMarkers, Element.PolicyMarker))
        {
            codes.AddRange(Vocabulary(location, CodelistNames.PolicyMarkerVocabulary, marker.Vocabulary,
                VocabularyCodelists.ForPolicyMarker(marker.Vocabulary), marker.Code));
            codes.Add(Coded(Join(location, "@significance"), CodelistNames.PolicySignificance, marker.Significance));
        }
        foreach (var (location, aidType) in Each(activity.DefaultAidTypes, Element.DefaultAidType))
        {
            codes.AddRange(Vocabulary(location, CodelistNames.AidTypeVocabulary, aidType.Vocabulary,
                VocabularyCodelists.ForAidType(aidType.Vocabulary), aidType.Code));
        }
        codes.AddRange(Each(activity.RelatedActivities, Element.RelatedActivity)
            .Select(r => Coded(Join(r.Location, TypeAttribute), CodelistNames.RelatedActivityType, r.Item.Type)));
        codes.AddRange(FinanceCodes(activity));
        codes.AddRange(DocumentCodes(activity.DocumentLinks));
        codes.AddRange(ResultCodes(activity));
        return codes.OfType<CodedValue>();
    }

    private static IEnumerable<CodedValue?> FinanceCodes(IatiActivity activity)
    {
        foreach (var (location, budget) in Each(activity.Budgets, Element.Budget))
        {
            yield return Coded(Join(location, TypeAttribute), CodelistNames.BudgetType, budget.Type);
            yield return Coded(Join(location, "@status"), CodelistNames.BudgetStatus, budget.Status);
            yield return Coded(Join(location, CurrencyAttribute), CodelistNames.Currency, budget.Value?.Currency);
        }
        foreach (var (location, disbursement) in Each(activity.PlannedDisbursements, Element.PlannedDisbursement))
        {
            yield return Coded(Join(location, TypeAttribute), CodelistNames.BudgetType, disbursement.Type);
            yield return Coded(Join(location, CurrencyAttribute), CodelistNames.Currency, disbursement.Value?.Currency);
            yield return OrgType(location, Element.ProviderOrg, disbursement.ProviderOrg);
            yield return OrgType(location, Element.ReceiverOrg, disbursement.ReceiverOrg);
        }
        foreach (var (location, transaction) in Each(activity.Transactions, Element.Transaction))
        {
            yield return Coded(Join(location, Element.TransactionType, CodeAttribute), CodelistNames.TransactionType, transaction.Type);
            yield return Coded(Join(location, CurrencyAttribute), CodelistNames.Currency, transaction.Value?.Currency);
            yield return OrgType(location, Element.ProviderOrg, transaction.ProviderOrg);
            yield return OrgType(location, Element.ReceiverOrg, transaction.ReceiverOrg);
            yield return Coded(Join(location, Element.RecipientCountry, CodeAttribute), CodelistNames.Country,
                transaction.RecipientCountry?.Code);
            foreach (var sector in Sectors(transaction.Sectors, location))
            {
                yield return sector;
            }
        }
    }

    private static IEnumerable<CodedValue?> DocumentCodes(IReadOnlyList<DocumentLink> documents)
    {
        foreach (var (location, document) in Each(documents, Element.DocumentLink))
        {
            yield return Coded(Join(location, "@format"), CodelistNames.FileFormat, document.Format);
            foreach (var (category, code) in Each(document.Categories, Element.Category, location))
            {
                yield return Coded(Join(category, CodeAttribute), CodelistNames.DocumentCategory, code);
            }
            foreach (var (language, code) in Each(document.Languages, Element.Language, location))
            {
                yield return Coded(Join(language, CodeAttribute), CodelistNames.Language, code);
            }
        }
    }

    private static IEnumerable<CodedValue?> ResultCodes(IatiActivity activity)
    {
        foreach (var (location, result) in Each(activity.Results, Element.Result))
        {
            yield return Coded(Join(location, TypeAttribute), CodelistNames.ResultType, result.Type);
        }
        foreach (var (location, indicator) in ResultPaths.Indicators(activity))
        {
            yield return Coded(Join(location, "@measure"), CodelistNames.IndicatorMeasure, indicator.Measure);
            foreach (var (reference, item) in Each(indicator.References, Element.Reference, location))
            {
                yield return Coded(Join(reference, VocabularyAttribute), CodelistNames.IndicatorVocabulary, item.Vocabulary);
            }
        }
    }

    private static IEnumerable<CodedValue?> Sectors(IReadOnlyList<Sector> sectors, string? parent) =>
        Each(sectors, Element.Sector, parent).SelectMany(s => Vocabulary(s.Location, CodelistNames.SectorVocabulary,
            s.Item.Vocabulary, VocabularyCodelists.ForSector(s.Item.Vocabulary), s.Item.Code));

    /// <summary>The vocabulary attribute against its own list, and the code against the vocabulary's list if it has one.</summary>
    private static IEnumerable<CodedValue?> Vocabulary(string location, string vocabularyList, string? vocabulary,
        string? codeList, string? code)
    {
        yield return Coded(Join(location, VocabularyAttribute), vocabularyList, vocabulary);
        if (codeList is not null)
        {
            yield return Coded(Join(location, CodeAttribute), codeList, code);
        }
    }

    private static CodedValue? OrgType(string parent, string element, TransactionOrg? org) =>
        Coded(Join(parent, element, TypeAttribute), CodelistNames.OrganisationType, org?.Type);

    private static CodedValue? Coded(string location, string codelist, string? code) =>
        code is null ? null : new CodedValue(location, codelist, code);
}
