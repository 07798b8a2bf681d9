using Avance.Domain;
using Avance.Features.Frameworks;
using Avance.Features.Indicators;
using Avance.Features.Reporting;
using Avance.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Avance.Tests.Features.Indicators;

/// <summary>Adds to the demo's PAR-1.1 what the seeds do not give: a baseline, a target, values by sex and a global link.</summary>
internal static class IndicatorTestData
{
    private static readonly DateTimeOffset At = new(2023, 5, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Baseline 100 (2020), target 300 (2024): the 2022 value of 200 is exactly on the straight path.</summary>
    public static async Task AddTargetAndBaselineAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var indicator = await db.Indicators.AsTracking().Include(i => i.Targets).SingleAsync(i => i.Code == "PAR-1.1");
        indicator.BaselineValue = 100;
        indicator.BaselineYear = 2020;
        indicator.Targets.Add(new IndicatorTarget { Year = 2024, Value = 300, Description = LocalizedText.Of("Trained by 2024", "Capacitados a 2024") });
        await db.SaveChangesAsync();
    }

    /// <summary>Women 60 in 2022 (published); men 140 in 2022 (approved only); women 45 in a 2023 period that is still open.</summary>
    public static async Task AddSexValuesAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var indicator = await db.Indicators.SingleAsync(i => i.Code == "PAR-1.1");
        var periods = await db.ReportingPeriods.ToDictionaryAsync(p => p.Label);
        var open = new ReportingPeriod(indicator.PlanId, "2023", new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31));
        open.Open(new DateOnly(2024, 3, 31));
        db.ReportingPeriods.Add(open);
        await db.SaveChangesAsync();

        db.Measurements.AddRange(
            Value(indicator.Id, periods["2022"].Id, "female", 60, publish: true),
            Value(indicator.Id, periods["2022"].Id, "male", 140, publish: false),
            Value(indicator.Id, open.Id, "female", 45, publish: true));
        await db.SaveChangesAsync();
    }

    public static async Task AddSdgLinkAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var indicator = await db.Indicators.AsTracking().Include(i => i.FrameworkLinks).SingleAsync(i => i.Code == "PAR-1.1");
        var sdg = new GlobalIndicator
        {
            Framework = GlobalFramework.Sdg,
            Code = "5.5.1",
            Title = LocalizedText.Of("Proportion of seats held by women in national parliaments and local governments",
                "Proporción de escaños ocupados por mujeres en los parlamentos nacionales y los gobiernos locales"),
        };
        db.GlobalIndicators.Add(sdg);
        await db.SaveChangesAsync();
        indicator.FrameworkLinks.Add(new IndicatorFrameworkLink { GlobalIndicatorId = sdg.Id });
        await db.SaveChangesAsync();
    }

    private static Measurement Value(int indicatorId, int periodId, string sex, decimal value, bool publish)
    {
        var measurement = new Measurement(indicatorId, periodId, DisaggregationKey.Of((DisaggregationDimension.Sex, sex)));
        measurement.Record(value, null, LocalizedText.Of($"{sex} {value}", $"{sex} {value}"), null, null, At);
        measurement.Submit();
        measurement.Approve();
        if (publish) measurement.Publish();
        return measurement;
    }
}
