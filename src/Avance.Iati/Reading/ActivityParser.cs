using Avance.Iati.Model;
using AttributeName = Avance.Iati.IatiXml.Attribute;
using ElementName = Avance.Iati.IatiXml.Element;

namespace Avance.Iati.Reading;

/// <summary>Reads one <c>iati-activity</c> element into an <see cref="IatiActivity"/>.</summary>
internal sealed class ActivityParser
{
    private readonly IatiCursor _cursor;
    private readonly ElementParser _elements;
    private readonly FinanceParser _finance;
    private readonly ResultParser _results;

    public ActivityParser(IatiCursor cursor)
    {
        _cursor = cursor;
        _elements = new ElementParser(cursor);
        _finance = new FinanceParser(cursor, _elements);
        _results = new ResultParser(cursor, _elements);
    }

    /// <summary>Reads the activity the cursor is on; <paramref name="version"/> is the file's.</summary>
    public IatiActivity Parse(string version)
    {
        var (line, column) = (_cursor.LineNumber, _cursor.LinePosition);
        _cursor.UnmodelledElements = 0;
        var activity = new ActivityContent
        {
            DefaultLanguage = _cursor.Language,
            DefaultCurrency = _cursor.Attribute(AttributeName.DefaultCurrency),
            LastUpdated = XsdValues.DateTime(_cursor.Attribute(AttributeName.LastUpdatedDateTime)),
            Hierarchy = _cursor.IntegerAttribute(AttributeName.Hierarchy),
            Humanitarian = _cursor.BooleanAttribute(AttributeName.Humanitarian),
        };
        var element = _cursor.Enter();
        while (_cursor.NextChild(element))
        {
            ReadChild(activity);
        }
        return activity.ToActivity(new ActivitySource(version, line, column, _cursor.UnmodelledElements));
    }

    private void ReadChild(ActivityContent activity)
    {
        switch (_cursor.Name)
        {
            case ElementName.Identifier: activity.Identifier = _cursor.ReadText().Trim(); break;
            case ElementName.ReportingOrg: activity.ReportingOrg = _elements.ReportingOrg(); break;
            case ElementName.Title: activity.Title = _cursor.ReadNarratives(); break;
            case ElementName.Description: activity.Descriptions.Add(_elements.Description()); break;
            case ElementName.ParticipatingOrg: activity.ParticipatingOrgs.Add(_elements.ParticipatingOrg()); break;
            case ElementName.ActivityStatus: activity.ActivityStatus = _elements.Code(); break;
            case ElementName.ActivityDate: activity.ActivityDates.Add(_elements.ActivityDate()); break;
            case ElementName.RecipientCountry: activity.RecipientCountries.Add(_elements.RecipientCountry()); break;
            case ElementName.RecipientRegion: activity.RecipientRegions.Add(_elements.RecipientRegion()); break;
            case ElementName.Sector: activity.Sectors.Add(_elements.Sector()); break;
            case ElementName.Tag: activity.Tags.Add(_elements.Tag()); break;
            case ElementName.PolicyMarker: activity.PolicyMarkers.Add(_elements.PolicyMarker()); break;
            case ElementName.DefaultFlowType: activity.DefaultFlowType = _elements.Code(); break;
            case ElementName.DefaultFinanceType: activity.DefaultFinanceType = _elements.Code(); break;
            case ElementName.DefaultAidType: activity.DefaultAidTypes.Add(_elements.AidType()); break;
            case ElementName.Budget: activity.Budgets.Add(_finance.Budget()); break;
            case ElementName.PlannedDisbursement: activity.PlannedDisbursements.Add(_finance.PlannedDisbursement()); break;
            case ElementName.Transaction: activity.Transactions.Add(_finance.Transaction()); break;
            case ElementName.DocumentLink: activity.DocumentLinks.Add(_elements.DocumentLink()); break;
            case ElementName.RelatedActivity: activity.RelatedActivities.Add(_elements.RelatedActivity()); break;
            case ElementName.Result: activity.Results.Add(_results.Result()); break;
            default: _cursor.SkipUnmodelled(); break;
        }
    }
}
