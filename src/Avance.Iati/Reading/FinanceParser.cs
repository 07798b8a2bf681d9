using Avance.Iati.Model;
using AttributeName = Avance.Iati.IatiXml.Attribute;
using ElementName = Avance.Iati.IatiXml.Element;

namespace Avance.Iati.Reading;

/// <summary>Reads budget, planned-disbursement and transaction elements, each consumed whole.</summary>
internal sealed class FinanceParser(IatiCursor cursor, ElementParser elements)
{
    public Budget Budget()
    {
        var type = cursor.Attribute(AttributeName.Type);
        var status = cursor.Attribute(AttributeName.Status);
        DateOnly? start = null, end = null;
        Money? value = null;
        var element = cursor.Enter();
        while (cursor.NextChild(element))
        {
            switch (cursor.Name)
            {
                case ElementName.PeriodStart: start = elements.IsoDate(); break;
                case ElementName.PeriodEnd: end = elements.IsoDate(); break;
                case ElementName.Value: value = elements.Money(); break;
                default: cursor.SkipUnmodelled(); break;
            }
        }
        return new Budget(type, status, start, end, value);
    }

    public PlannedDisbursement PlannedDisbursement()
    {
        var type = cursor.Attribute(AttributeName.Type);
        DateOnly? start = null, end = null;
        Money? value = null;
        TransactionOrg? provider = null, receiver = null;
        var element = cursor.Enter();
        while (cursor.NextChild(element))
        {
            switch (cursor.Name)
            {
                case ElementName.PeriodStart: start = elements.IsoDate(); break;
                case ElementName.PeriodEnd: end = elements.IsoDate(); break;
                case ElementName.Value: value = elements.Money(); break;
                case ElementName.ProviderOrg: provider = elements.TransactionOrg(AttributeName.ProviderActivityId); break;
                case ElementName.ReceiverOrg: receiver = elements.TransactionOrg(AttributeName.ReceiverActivityId); break;
                default: cursor.SkipUnmodelled(); break;
            }
        }
        return new PlannedDisbursement
        {
            Type = type, PeriodStart = start, PeriodEnd = end, Value = value, ProviderOrg = provider, ReceiverOrg = receiver,
        };
    }

    public Transaction Transaction()
    {
        var reference = cursor.Attribute(AttributeName.Ref);
        var humanitarian = cursor.BooleanAttribute(AttributeName.Humanitarian);
        string? type = null;
        DateOnly? date = null;
        Money? value = null;
        var description = Narratives.None;
        TransactionOrg? provider = null, receiver = null;
        RecipientCountry? country = null;
        var sectors = new List<Sector>();
        var element = cursor.Enter();
        while (cursor.NextChild(element))
        {
            switch (cursor.Name)
            {
                case ElementName.TransactionType: type = elements.Code(); break;
                case ElementName.TransactionDate: date = elements.IsoDate(); break;
                case ElementName.Value: value = elements.Money(); break;
                case ElementName.Description: description = cursor.ReadNarratives(); break;
                case ElementName.ProviderOrg: provider = elements.TransactionOrg(AttributeName.ProviderActivityId); break;
                case ElementName.ReceiverOrg: receiver = elements.TransactionOrg(AttributeName.ReceiverActivityId); break;
                case ElementName.Sector: sectors.Add(elements.Sector(withPercentage: false)); break;
                case ElementName.RecipientCountry: country = elements.RecipientCountry(withPercentage: false); break;
                default: cursor.SkipUnmodelled(); break;
            }
        }
        return new Transaction
        {
            Ref = reference,
            Humanitarian = humanitarian,
            Type = type,
            Date = date,
            Value = value,
            Description = description,
            ProviderOrg = provider,
            ReceiverOrg = receiver,
            Sectors = sectors.ToValueList(),
            RecipientCountry = country,
        };
    }
}
