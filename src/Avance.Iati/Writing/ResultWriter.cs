using System.Xml;
using Avance.Iati.Model;
using AttributeName = Avance.Iati.IatiXml.Attribute;
using ElementName = Avance.Iati.IatiXml.Element;

namespace Avance.Iati.Writing;

/// <summary>Writes result elements with indicators, baselines, periods, targets and actuals in schema order.</summary>
internal sealed class ResultWriter(XmlWriter xml)
{
    public void Result(Result result)
    {
        xml.WriteStartElement(ElementName.Result);
        xml.OptionalAttribute(AttributeName.Type, result.Type);
        xml.OptionalAttribute(AttributeName.AggregationStatus, result.AggregationStatus);
        xml.NarrativeElement(ElementName.Title, result.Title);
        xml.OptionalNarrativeElement(ElementName.Description, result.Description);
        foreach (var indicator in result.Indicators)
        {
            Indicator(indicator);
        }
        xml.WriteEndElement();
    }

    private void Indicator(Indicator indicator)
    {
        xml.WriteStartElement(ElementName.Indicator);
        xml.OptionalAttribute(AttributeName.Measure, indicator.Measure);
        xml.OptionalAttribute(AttributeName.Ascending, indicator.Ascending);
        xml.OptionalAttribute(AttributeName.AggregationStatus, indicator.AggregationStatus);
        xml.NarrativeElement(ElementName.Title, indicator.Title);
        xml.OptionalNarrativeElement(ElementName.Description, indicator.Description);
        foreach (var reference in indicator.References)
        {
            xml.WriteStartElement(ElementName.Reference);
            xml.OptionalAttribute(AttributeName.Vocabulary, reference.Vocabulary);
            xml.OptionalAttribute(AttributeName.Code, reference.Code);
            xml.OptionalAttribute(AttributeName.IndicatorUri, reference.IndicatorUri);
            xml.WriteEndElement();
        }
        foreach (var baseline in indicator.Baselines)
        {
            Baseline(baseline);
        }
        foreach (var period in indicator.Periods)
        {
            Period(period);
        }
        xml.WriteEndElement();
    }

    private void Baseline(Baseline baseline)
    {
        xml.WriteStartElement(ElementName.Baseline);
        xml.OptionalAttribute(AttributeName.Year, baseline.Year);
        xml.OptionalAttribute(AttributeName.IsoDate, baseline.IsoDate);
        xml.OptionalAttribute(AttributeName.Value, baseline.Value?.ToString());
        LocationsAndDimensions(baseline.LocationRefs, baseline.Dimensions);
        xml.OptionalNarrativeElement(ElementName.Comment, baseline.Comment);
        xml.WriteEndElement();
    }

    private void Period(ResultPeriod period)
    {
        xml.WriteStartElement(ElementName.Period);
        xml.DateElement(ElementName.PeriodStart, period.PeriodStart);
        xml.DateElement(ElementName.PeriodEnd, period.PeriodEnd);
        foreach (var target in period.Targets)
        {
            PeriodValue(ElementName.Target, target);
        }
        foreach (var actual in period.Actuals)
        {
            PeriodValue(ElementName.Actual, actual);
        }
        xml.WriteEndElement();
    }

    private void PeriodValue(string name, PeriodValue value)
    {
        xml.WriteStartElement(name);
        xml.OptionalAttribute(AttributeName.Value, value.Value?.ToString());
        LocationsAndDimensions(value.LocationRefs, value.Dimensions);
        xml.OptionalNarrativeElement(ElementName.Comment, value.Comment);
        xml.WriteEndElement();
    }

    private void LocationsAndDimensions(ValueList<string> locationRefs, ValueList<Dimension> dimensions)
    {
        foreach (var reference in locationRefs)
        {
            xml.AttributeOnlyElement(ElementName.Location, AttributeName.Ref, reference);
        }
        foreach (var dimension in dimensions)
        {
            xml.WriteStartElement(ElementName.Dimension);
            xml.OptionalAttribute(AttributeName.Name, dimension.Name);
            xml.OptionalAttribute(AttributeName.Value, dimension.Value);
            xml.WriteEndElement();
        }
    }
}
