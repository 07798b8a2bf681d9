using System.Globalization;
using System.Xml;
using Avance.Iati.Model;
using AttributeName = Avance.Iati.IatiXml.Attribute;
using ElementName = Avance.Iati.IatiXml.Element;

namespace Avance.Iati.Writing;

/// <summary>Writes the small elements that classify an activity or name an organisation, in schema form.</summary>
internal sealed class ElementWriter(XmlWriter xml)
{
    public void ReportingOrg(ReportingOrg? org)
    {
        if (org is null)
        {
            return;
        }
        xml.WriteStartElement(ElementName.ReportingOrg);
        xml.OptionalAttribute(AttributeName.Ref, org.Ref);
        xml.OptionalAttribute(AttributeName.Type, org.Type);
        xml.OptionalAttribute(AttributeName.SecondaryReporter, org.SecondaryReporter);
        xml.NarrativeChildren(org.Name);
        xml.WriteEndElement();
    }

    public void Description(Description description)
    {
        xml.WriteStartElement(ElementName.Description);
        xml.OptionalAttribute(AttributeName.Type, description.Type);
        xml.NarrativeChildren(description.Narratives);
        xml.WriteEndElement();
    }

    public void ParticipatingOrg(ParticipatingOrg org)
    {
        xml.WriteStartElement(ElementName.ParticipatingOrg);
        xml.OptionalAttribute(AttributeName.Ref, org.Ref);
        xml.OptionalAttribute(AttributeName.Type, org.Type);
        xml.OptionalAttribute(AttributeName.Role, org.Role);
        xml.OptionalAttribute(AttributeName.ActivityId, org.ActivityId);
        xml.OptionalAttribute(AttributeName.CrsChannelCode, org.CrsChannelCode);
        xml.NarrativeChildren(org.Name);
        xml.WriteEndElement();
    }

    /// <summary>A provider-org or receiver-org, whose activity id attribute is named after its side.</summary>
    public void TransactionOrg(string name, string activityIdAttribute, TransactionOrg? org)
    {
        if (org is null)
        {
            return;
        }
        xml.WriteStartElement(name);
        xml.OptionalAttribute(AttributeName.Ref, org.Ref);
        xml.OptionalAttribute(activityIdAttribute, org.ActivityId);
        xml.OptionalAttribute(AttributeName.Type, org.Type);
        xml.NarrativeChildren(org.Name);
        xml.WriteEndElement();
    }

    public void ActivityDate(ActivityDate date)
    {
        xml.WriteStartElement(ElementName.ActivityDate);
        xml.OptionalAttribute(AttributeName.Type, date.Type);
        xml.OptionalAttribute(AttributeName.IsoDate, date.IsoDate);
        xml.NarrativeChildren(date.Narratives);
        xml.WriteEndElement();
    }

    public void RecipientCountry(RecipientCountry? country)
    {
        if (country is null)
        {
            return;
        }
        xml.WriteStartElement(ElementName.RecipientCountry);
        xml.OptionalAttribute(AttributeName.Code, country.Code);
        xml.OptionalAttribute(AttributeName.Percentage, country.Percentage);
        xml.NarrativeChildren(country.Narratives);
        xml.WriteEndElement();
    }

    public void RecipientRegion(RecipientRegion region)
    {
        xml.WriteStartElement(ElementName.RecipientRegion);
        xml.OptionalAttribute(AttributeName.Code, region.Code);
        xml.OptionalAttribute(AttributeName.Vocabulary, region.Vocabulary);
        xml.OptionalAttribute(AttributeName.VocabularyUri, region.VocabularyUri);
        xml.OptionalAttribute(AttributeName.Percentage, region.Percentage);
        xml.NarrativeChildren(region.Narratives);
        xml.WriteEndElement();
    }

    public void Sector(Sector sector)
    {
        xml.WriteStartElement(ElementName.Sector);
        xml.OptionalAttribute(AttributeName.Code, sector.Code);
        xml.OptionalAttribute(AttributeName.Vocabulary, sector.Vocabulary);
        xml.OptionalAttribute(AttributeName.VocabularyUri, sector.VocabularyUri);
        xml.OptionalAttribute(AttributeName.Percentage, sector.Percentage);
        xml.NarrativeChildren(sector.Narratives);
        xml.WriteEndElement();
    }

    public void Tag(Tag tag)
    {
        xml.WriteStartElement(ElementName.Tag);
        xml.OptionalAttribute(AttributeName.Code, tag.Code);
        xml.OptionalAttribute(AttributeName.Vocabulary, tag.Vocabulary);
        xml.OptionalAttribute(AttributeName.VocabularyUri, tag.VocabularyUri);
        xml.NarrativeChildren(tag.Narratives);
        xml.WriteEndElement();
    }

    public void PolicyMarker(PolicyMarker marker)
    {
        xml.WriteStartElement(ElementName.PolicyMarker);
        xml.OptionalAttribute(AttributeName.Code, marker.Code);
        xml.OptionalAttribute(AttributeName.Vocabulary, marker.Vocabulary);
        xml.OptionalAttribute(AttributeName.VocabularyUri, marker.VocabularyUri);
        xml.OptionalAttribute(AttributeName.Significance, marker.Significance);
        xml.NarrativeChildren(marker.Narratives);
        xml.WriteEndElement();
    }

    public void AidType(AidType aidType)
    {
        xml.WriteStartElement(ElementName.DefaultAidType);
        xml.OptionalAttribute(AttributeName.Code, aidType.Code);
        xml.OptionalAttribute(AttributeName.Vocabulary, aidType.Vocabulary);
        xml.WriteEndElement();
    }

    public void RelatedActivity(RelatedActivity related)
    {
        xml.WriteStartElement(ElementName.RelatedActivity);
        xml.OptionalAttribute(AttributeName.Ref, related.Ref);
        xml.OptionalAttribute(AttributeName.Type, related.Type);
        xml.WriteEndElement();
    }

    /// <summary>A value element: the amount as text, with currency and value date.</summary>
    public void Money(Money? money)
    {
        if (money is null)
        {
            return;
        }
        xml.WriteStartElement(ElementName.Value);
        xml.OptionalAttribute(AttributeName.Currency, money.Currency);
        xml.OptionalAttribute(AttributeName.ValueDate, money.ValueDate);
        xml.WriteString(money.Amount?.ToString(CultureInfo.InvariantCulture));
        xml.WriteEndElement();
    }

    public void DocumentLink(DocumentLink link)
    {
        xml.WriteStartElement(ElementName.DocumentLink);
        xml.OptionalAttribute(AttributeName.Url, link.Url);
        xml.OptionalAttribute(AttributeName.Format, link.Format);
        xml.NarrativeElement(ElementName.Title, link.Title);
        foreach (var category in link.Categories)
        {
            xml.CodeElement(ElementName.Category, category);
        }
        foreach (var language in link.Languages)
        {
            xml.CodeElement(ElementName.Language, language);
        }
        xml.DateElement(ElementName.DocumentDate, link.DocumentDate);
        xml.WriteEndElement();
    }
}
