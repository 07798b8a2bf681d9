using System.Xml;
using Avance.Iati.Model;
using AttributeName = Avance.Iati.IatiXml.Attribute;
using ElementName = Avance.Iati.IatiXml.Element;

namespace Avance.Iati.Writing;

/// <summary>Writes one <c>iati-activity</c> with its children in the order the 2.03 schema's sequence requires.</summary>
internal sealed class ActivityWriter
{
    private readonly XmlWriter _xml;
    private readonly ElementWriter _elements;
    private readonly FinanceWriter _finance;
    private readonly ResultWriter _results;

    public ActivityWriter(XmlWriter xml)
    {
        _xml = xml;
        _elements = new ElementWriter(xml);
        _finance = new FinanceWriter(xml, _elements);
        _results = new ResultWriter(xml);
    }

    public void Write(IatiActivity activity)
    {
        _xml.WriteStartElement(ElementName.Activity);
        _xml.OptionalAttribute(AttributeName.LastUpdatedDateTime, activity.LastUpdated);
        _xml.OptionalLanguage(activity.DefaultLanguage);
        _xml.OptionalAttribute(AttributeName.DefaultCurrency, activity.DefaultCurrency);
        _xml.OptionalAttribute(AttributeName.Humanitarian, activity.Humanitarian);
        _xml.OptionalAttribute(AttributeName.Hierarchy, activity.Hierarchy);

        _xml.WriteElementString(ElementName.Identifier, activity.Identifier);
        _elements.ReportingOrg(activity.ReportingOrg);
        _xml.NarrativeElement(ElementName.Title, activity.Title);
        Each(activity.Descriptions, _elements.Description);
        Each(activity.ParticipatingOrgs, _elements.ParticipatingOrg);
        _xml.CodeElement(ElementName.ActivityStatus, activity.ActivityStatus);
        Each(activity.ActivityDates, _elements.ActivityDate);
        Each(activity.RecipientCountries, _elements.RecipientCountry);
        Each(activity.RecipientRegions, _elements.RecipientRegion);
        Each(activity.Sectors, _elements.Sector);
        Each(activity.Tags, _elements.Tag);
        Each(activity.PolicyMarkers, _elements.PolicyMarker);
        _xml.CodeElement(ElementName.DefaultFlowType, activity.DefaultFlowType);
        _xml.CodeElement(ElementName.DefaultFinanceType, activity.DefaultFinanceType);
        Each(activity.DefaultAidTypes, _elements.AidType);
        Each(activity.Budgets, _finance.Budget);
        Each(activity.PlannedDisbursements, _finance.PlannedDisbursement);
        Each(activity.Transactions, _finance.Transaction);
        Each(activity.DocumentLinks, _elements.DocumentLink);
        Each(activity.RelatedActivities, _elements.RelatedActivity);
        Each(activity.Results, _results.Result);
        _xml.WriteEndElement();
    }

    private static void Each<T>(ValueList<T> items, Action<T> write)
    {
        foreach (var item in items)
        {
            write(item);
        }
    }
}
