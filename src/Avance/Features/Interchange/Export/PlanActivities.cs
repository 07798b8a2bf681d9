using Avance.Data;
using Avance.Features.Countries;
using Avance.Features.Indicators;
using Avance.Features.Plans;
using Avance.Iati.Model;
using Microsoft.EntityFrameworkCore;
using IatiIndicatorElement = Avance.Iati.Model.Indicator;

namespace Avance.Features.Interchange.Export;

/// <summary>
/// A country's national action plans as IATI activities, identified as {ReportingOrgRef}-{plan code}: each indicator a
/// result with its baseline, its target for each period, and its published values only (drafts and values of
/// unpublished periods never leave Avance).
/// </summary>
internal sealed class PlanActivities(AvanceDb db, IatiExportOptions options)
{
    public async IAsyncEnumerable<IatiActivity> ForCountryAsync(Country country,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var plans = await db.Plans.Where(p => p.CountryId == country.Id).OrderBy(p => p.Generation).ThenBy(p => p.Id)
            .Select(p => p.Id).ToListAsync(cancellationToken);
        foreach (var planId in plans) yield return await ActivityAsync(country, planId, cancellationToken);
    }

    private async Task<IatiActivity> ActivityAsync(Country country, int planId, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.Include(p => p.Title).Include(p => p.Purpose)
            .Include(p => p.Organisations).ThenInclude(o => o.Organisation!).ThenInclude(o => o.Name)
            .AsSplitQuery().FirstAsync(p => p.Id == planId, cancellationToken);
        var indicators = await db.Indicators.Include(i => i.Wording).Include(i => i.Targets)
            .Where(i => i.PlanId == planId).OrderBy(i => i.Code).AsSplitQuery().ToListAsync(cancellationToken);
        var published = (await PublishedValues.Query(db, planId, null)
                .Select(p => new PublishedPoint(p.Measurement.IndicatorId, p.Period.StartsOn, p.Period.EndsOn, p.Measurement.Disaggregation.ToString(),
                    p.Measurement.Value, p.Measurement.TextValue))
                .ToListAsync(cancellationToken))
            .ToLookup(p => p.IndicatorId);
        var start = plan.AdoptedOn ?? ExportText.FirstDay(plan.Timeframe.StartYear ?? DateTime.UtcNow.Year);
        var title = ExportText.Of(plan.Title).Or(ExportText.OfPlain(plan.Code));
        var dates = new List<ActivityDate> { new("2", start, Narratives.None) };
        if (plan.Timeframe.EndYear is { } endYear && ExportText.LastDay(endYear) >= start) dates.Add(new ActivityDate("3", ExportText.LastDay(endYear), Narratives.None));
        return new IatiActivity
        {
            Identifier = $"{options.ReportingOrgRef}-{plan.Code}",
            ReportingOrg = new ReportingOrg(options.ReportingOrgRef, options.ReportingOrgType, null, ExportText.OfPlain(options.ReportingOrgName)),
            Title = title,
            Descriptions = [new Description("1", ExportText.Of(plan.Purpose).Or(title))],
            ParticipatingOrgs = plan.Organisations.Count > 0
                ? plan.Organisations.OrderBy(o => o.Role).Select(o => ExportText.Participant(o.Organisation!, o.Role == PlanRole.Lead ? "2" : "4")).ToValueList()
                : [new ParticipatingOrg { Ref = options.ReportingOrgRef, Type = options.ReportingOrgType, Role = "2", Name = ExportText.OfPlain(options.ReportingOrgName) }],
            ActivityStatus = "2",
            ActivityDates = dates.ToValueList(),
            RecipientCountries = [new RecipientCountry(country.Iso2, 100, Narratives.None)],
            Results = indicators.Select(i => Result(i, published[i.Id].ToList())).ToValueList(),
        };
    }

    private static Result Result(Indicators.Indicator indicator, List<PublishedPoint> values)
    {
        var wording = ExportText.Of(indicator.Wording).Or(ExportText.OfPlain(indicator.Code));
        return new Result
        {
            Type = "2",
            Title = wording,
            Indicators =
            [
                new IatiIndicatorElement
                {
                    Measure = indicator.Type switch { IndicatorType.Number => "1", IndicatorType.Percentage => "2", _ => "5" },
                    Ascending = indicator.Direction != IndicatorDirection.Decrease,
                    Title = wording,
                    References = [new IndicatorReference("99", indicator.Code, null)],
                    Baselines = indicator.BaselineYear is { } year
                        ? [new Baseline { Year = year, Value = indicator.BaselineValue is { } baseline ? IatiValue.Of(baseline) : null }]
                        : [],
                    Periods = values.GroupBy(v => (v.StartsOn, v.EndsOn)).OrderBy(g => g.Key.StartsOn).Select(period => new ResultPeriod
                    {
                        PeriodStart = period.Key.StartsOn,
                        PeriodEnd = period.Key.EndsOn,
                        Targets = indicator.Targets.Where(t => t.Year == period.Key.EndsOn.Year && t.Value is not null)
                            .Select(t => new PeriodValue { Value = IatiValue.Of(t.Value!.Value) }).ToValueList(),
                        Actuals = period.OrderBy(v => v.Disaggregation, StringComparer.Ordinal).Select(Actual).ToValueList(),
                    }).ToValueList(),
                },
            ],
        };
    }

    private static PeriodValue Actual(PublishedPoint point) => new()
    {
        Value = point.Value is { } number ? IatiValue.Of(number) : point.TextValue is { } text ? IatiValue.Parse(text) : null,
        Dimensions = point.Disaggregation.Length == 0
            ? []
            : point.Disaggregation.Split(';').Select(part => part.Split('=')).Select(pair => new Dimension(pair[0], pair.ElementAtOrDefault(1))).ToValueList(),
    };

    private sealed record PublishedPoint(int IndicatorId, DateOnly StartsOn, DateOnly EndsOn, string Disaggregation, decimal? Value, string? TextValue);
}
