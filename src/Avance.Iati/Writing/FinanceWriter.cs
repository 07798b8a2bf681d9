using System.Xml;
using Avance.Iati.Model;
using AttributeName = Avance.Iati.IatiXml.Attribute;
using ElementName = Avance.Iati.IatiXml.Element;

namespace Avance.Iati.Writing;

/// <summary>Writes budget, planned-disbursement and transaction elements in schema order.</summary>
internal sealed class FinanceWriter(XmlWriter xml, ElementWriter elements)
{
    public void Budget(Budget budget)
    {
        xml.WriteStartElement(ElementName.Budget);
        xml.OptionalAttribute(AttributeName.Type, budget.Type);
        xml.OptionalAttribute(AttributeName.Status, budget.Status);
        xml.DateElement(ElementName.PeriodStart, budget.PeriodStart);
        xml.DateElement(ElementName.PeriodEnd, budget.PeriodEnd);
        elements.Money(budget.Value);
        xml.WriteEndElement();
    }

    public void PlannedDisbursement(PlannedDisbursement disbursement)
    {
        xml.WriteStartElement(ElementName.PlannedDisbursement);
        xml.OptionalAttribute(AttributeName.Type, disbursement.Type);
        xml.DateElement(ElementName.PeriodStart, disbursement.PeriodStart);
        xml.DateElement(ElementName.PeriodEnd, disbursement.PeriodEnd);
        elements.Money(disbursement.Value);
        elements.TransactionOrg(ElementName.ProviderOrg, AttributeName.ProviderActivityId, disbursement.ProviderOrg);
        elements.TransactionOrg(ElementName.ReceiverOrg, AttributeName.ReceiverActivityId, disbursement.ReceiverOrg);
        xml.WriteEndElement();
    }

    public void Transaction(Transaction transaction)
    {
        xml.WriteStartElement(ElementName.Transaction);
        xml.OptionalAttribute(AttributeName.Ref, transaction.Ref);
        xml.OptionalAttribute(AttributeName.Humanitarian, transaction.Humanitarian);
        xml.CodeElement(ElementName.TransactionType, transaction.Type);
        xml.DateElement(ElementName.TransactionDate, transaction.Date);
        elements.Money(transaction.Value);
        xml.OptionalNarrativeElement(ElementName.Description, transaction.Description);
        elements.TransactionOrg(ElementName.ProviderOrg, AttributeName.ProviderActivityId, transaction.ProviderOrg);
        elements.TransactionOrg(ElementName.ReceiverOrg, AttributeName.ReceiverActivityId, transaction.ReceiverOrg);
        foreach (var sector in transaction.Sectors)
        {
            elements.Sector(sector with { Percentage = null });
        }
        elements.RecipientCountry(transaction.RecipientCountry is { } country ? country with { Percentage = null } : null);
        xml.WriteEndElement();
    }
}
