using Avance.Iati.Model;
using AttributeName = Avance.Iati.IatiXml.Attribute;
using ElementName = Avance.Iati.IatiXml.Element;

namespace Avance.Iati.Reading;

/// <summary>
/// Reads the small elements that classify an activity or name an organisation. Each method starts on the element's
/// start tag and consumes it whole.
/// </summary>
internal sealed class ElementParser(IatiCursor cursor)
{
    public ReportingOrg ReportingOrg() => new(
        cursor.Attribute(AttributeName.Ref),
        cursor.Attribute(AttributeName.Type),
        cursor.BooleanAttribute(AttributeName.SecondaryReporter),
        cursor.ReadNarratives());

    public ParticipatingOrg ParticipatingOrg() => new()
    {
        Ref = cursor.Attribute(AttributeName.Ref),
        Type = cursor.Attribute(AttributeName.Type),
        Role = cursor.Attribute(AttributeName.Role),
        ActivityId = cursor.Attribute(AttributeName.ActivityId),
        CrsChannelCode = cursor.Attribute(AttributeName.CrsChannelCode),
        Name = cursor.ReadNarratives(),
    };

    /// <summary>A provider-org or receiver-org, whose activity id attribute is named after its side.</summary>
    public TransactionOrg TransactionOrg(string activityIdAttribute) => new(
        cursor.Attribute(AttributeName.Ref),
        cursor.Attribute(AttributeName.Type),
        cursor.Attribute(activityIdAttribute),
        cursor.ReadNarratives());

    public Description Description() => new(cursor.Attribute(AttributeName.Type), cursor.ReadNarratives());

    public ActivityDate ActivityDate() => new(
        cursor.Attribute(AttributeName.Type),
        cursor.DateAttribute(AttributeName.IsoDate),
        cursor.ReadNarratives());

    /// <summary>A recipient-country; a transaction's carries no percentage in the standard, so none is read.</summary>
    public RecipientCountry RecipientCountry(bool withPercentage = true) => new(
        cursor.Attribute(AttributeName.Code),
        withPercentage ? cursor.DecimalAttribute(AttributeName.Percentage) : null,
        cursor.ReadNarratives());

    public RecipientRegion RecipientRegion() => new(
        cursor.Attribute(AttributeName.Code),
        cursor.Attribute(AttributeName.Vocabulary),
        cursor.Attribute(AttributeName.VocabularyUri),
        cursor.DecimalAttribute(AttributeName.Percentage),
        cursor.ReadNarratives());

    /// <summary>A sector; a transaction's carries no percentage in the standard, so none is read.</summary>
    public Sector Sector(bool withPercentage = true) => new(
        cursor.Attribute(AttributeName.Code),
        cursor.Attribute(AttributeName.Vocabulary),
        cursor.Attribute(AttributeName.VocabularyUri),
        withPercentage ? cursor.DecimalAttribute(AttributeName.Percentage) : null,
        cursor.ReadNarratives());

    public Tag Tag() => new(
        cursor.Attribute(AttributeName.Code),
        cursor.Attribute(AttributeName.Vocabulary),
        cursor.Attribute(AttributeName.VocabularyUri),
        cursor.ReadNarratives());

    public PolicyMarker PolicyMarker() => new(
        cursor.Attribute(AttributeName.Code),
        cursor.Attribute(AttributeName.Vocabulary),
        cursor.Attribute(AttributeName.VocabularyUri),
        cursor.Attribute(AttributeName.Significance),
        cursor.ReadNarratives());

    public AidType AidType()
    {
        var aidType = new AidType(cursor.Attribute(AttributeName.Code), cursor.Attribute(AttributeName.Vocabulary));
        cursor.Skip();
        return aidType;
    }

    public RelatedActivity RelatedActivity()
    {
        var related = new RelatedActivity(cursor.Attribute(AttributeName.Ref), cursor.Attribute(AttributeName.Type));
        cursor.Skip();
        return related;
    }

    /// <summary>The <c>@code</c> of an element that carries nothing else (activity-status, default-flow-type...).</summary>
    public string? Code() => AttributeOnly(AttributeName.Code);

    /// <summary>The <c>@iso-date</c> of an element that carries nothing else (period-start, transaction-date...).</summary>
    public DateOnly? IsoDate() => XsdValues.Date(AttributeOnly(AttributeName.IsoDate));

    /// <summary>A value element: the amount as its text, with currency and value date.</summary>
    public Money Money()
    {
        var currency = cursor.Attribute(AttributeName.Currency);
        var valueDate = cursor.DateAttribute(AttributeName.ValueDate);
        return new Money(XsdValues.Decimal(cursor.ReadText()), currency, valueDate);
    }

    public DocumentLink DocumentLink()
    {
        var url = cursor.Attribute(AttributeName.Url);
        var format = cursor.Attribute(AttributeName.Format);
        var title = Narratives.None;
        var categories = new List<string>();
        var languages = new List<string>();
        DateOnly? documentDate = null;
        var element = cursor.Enter();
        while (cursor.NextChild(element))
        {
            switch (cursor.Name)
            {
                case ElementName.Title: title = cursor.ReadNarratives(); break;
                case ElementName.Category: AddCode(categories); break;
                case ElementName.Language: AddCode(languages); break;
                case ElementName.DocumentDate: documentDate = IsoDate(); break;
                default: cursor.SkipUnmodelled(); break;
            }
        }
        return new DocumentLink
        {
            Url = url,
            Format = format,
            Title = title,
            Categories = categories.ToValueList(),
            Languages = languages.ToValueList(),
            DocumentDate = documentDate,
        };
    }

    private void AddCode(List<string> codes)
    {
        if (Code() is { } code)
        {
            codes.Add(code);
        }
    }

    private string? AttributeOnly(string name)
    {
        var value = cursor.Attribute(name);
        cursor.Skip();
        return value;
    }
}
