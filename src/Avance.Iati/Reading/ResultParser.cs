using Avance.Iati.Model;
using AttributeName = Avance.Iati.IatiXml.Attribute;
using ElementName = Avance.Iati.IatiXml.Element;

namespace Avance.Iati.Reading;

/// <summary>Reads result elements with their indicators, baselines, periods, targets and actuals.</summary>
internal sealed class ResultParser(IatiCursor cursor, ElementParser elements)
{
    public Result Result()
    {
        var type = cursor.Attribute(AttributeName.Type);
        var aggregationStatus = cursor.BooleanAttribute(AttributeName.AggregationStatus);
        Narratives title = Narratives.None, description = Narratives.None;
        var indicators = new List<Indicator>();
        var element = cursor.Enter();
        while (cursor.NextChild(element))
        {
            switch (cursor.Name)
            {
                case ElementName.Title: title = cursor.ReadNarratives(); break;
                case ElementName.Description: description = cursor.ReadNarratives(); break;
                case ElementName.Indicator: indicators.Add(Indicator()); break;
                default: cursor.SkipUnmodelled(); break;
            }
        }
        return new Result
        {
            Type = type,
            AggregationStatus = aggregationStatus,
            Title = title,
            Description = description,
            Indicators = indicators.ToValueList(),
        };
    }

    private Indicator Indicator()
    {
        var measure = cursor.Attribute(AttributeName.Measure);
        var ascending = cursor.BooleanAttribute(AttributeName.Ascending);
        var aggregationStatus = cursor.BooleanAttribute(AttributeName.AggregationStatus);
        Narratives title = Narratives.None, description = Narratives.None;
        var references = new List<IndicatorReference>();
        var baselines = new List<Baseline>();
        var periods = new List<ResultPeriod>();
        var element = cursor.Enter();
        while (cursor.NextChild(element))
        {
            switch (cursor.Name)
            {
                case ElementName.Title: title = cursor.ReadNarratives(); break;
                case ElementName.Description: description = cursor.ReadNarratives(); break;
                case ElementName.Reference: references.Add(Reference()); break;
                case ElementName.Baseline: baselines.Add(Baseline()); break;
                case ElementName.Period: periods.Add(Period()); break;
                default: cursor.SkipUnmodelled(); break;
            }
        }
        return new Indicator
        {
            Measure = measure,
            Ascending = ascending,
            AggregationStatus = aggregationStatus,
            Title = title,
            Description = description,
            References = references.ToValueList(),
            Baselines = baselines.ToValueList(),
            Periods = periods.ToValueList(),
        };
    }

    private IndicatorReference Reference()
    {
        var reference = new IndicatorReference(
            cursor.Attribute(AttributeName.Vocabulary),
            cursor.Attribute(AttributeName.Code),
            cursor.Attribute(AttributeName.IndicatorUri));
        cursor.Skip();
        return reference;
    }

    private Baseline Baseline()
    {
        var year = cursor.IntegerAttribute(AttributeName.Year);
        var isoDate = cursor.DateAttribute(AttributeName.IsoDate);
        var value = Value();
        var (locations, dimensions, comment) = Disaggregation();
        return new Baseline
        {
            Year = year,
            IsoDate = isoDate,
            Value = value,
            LocationRefs = locations,
            Dimensions = dimensions,
            Comment = comment,
        };
    }

    private ResultPeriod Period()
    {
        DateOnly? start = null, end = null;
        var targets = new List<PeriodValue>();
        var actuals = new List<PeriodValue>();
        var element = cursor.Enter();
        while (cursor.NextChild(element))
        {
            switch (cursor.Name)
            {
                case ElementName.PeriodStart: start = elements.IsoDate(); break;
                case ElementName.PeriodEnd: end = elements.IsoDate(); break;
                case ElementName.Target: targets.Add(PeriodValue()); break;
                case ElementName.Actual: actuals.Add(PeriodValue()); break;
                default: cursor.SkipUnmodelled(); break;
            }
        }
        return new ResultPeriod
        {
            PeriodStart = start, PeriodEnd = end, Targets = targets.ToValueList(), Actuals = actuals.ToValueList(),
        };
    }

    private PeriodValue PeriodValue()
    {
        var value = Value();
        var (locations, dimensions, comment) = Disaggregation();
        return new PeriodValue { Value = value, LocationRefs = locations, Dimensions = dimensions, Comment = comment };
    }

    private IatiValue? Value() => cursor.Attribute(AttributeName.Value) is { } text ? IatiValue.Parse(text) : null;

    /// <summary>The children baselines, targets and actuals share: locations, dimensions and a comment.</summary>
    private (ValueList<string> Locations, ValueList<Dimension> Dimensions, Narratives Comment) Disaggregation()
    {
        var locations = new List<string>();
        var dimensions = new List<Dimension>();
        var comment = Narratives.None;
        var element = cursor.Enter();
        while (cursor.NextChild(element))
        {
            switch (cursor.Name)
            {
                case ElementName.Location: AddLocation(locations); break;
                case ElementName.Dimension: dimensions.Add(Dimension()); break;
                case ElementName.Comment: comment = cursor.ReadNarratives(); break;
                default: cursor.SkipUnmodelled(); break;
            }
        }
        return (locations.ToValueList(), dimensions.ToValueList(), comment);
    }

    private void AddLocation(List<string> locations)
    {
        if (cursor.Attribute(AttributeName.Ref) is { } reference)
        {
            locations.Add(reference);
        }
        cursor.Skip();
    }

    private Dimension Dimension()
    {
        var dimension = new Dimension(cursor.Attribute(AttributeName.Name), cursor.Attribute(AttributeName.Value));
        cursor.Skip();
        return dimension;
    }
}
