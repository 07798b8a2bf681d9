using Avance.Data;
using Avance.Features.Indicators;
using Avance.Features.Reporting;
using Avance.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Avance.Tests.Features.Indicators;

/// <summary>The demo values Avance takes from the results seeds: only what they state, each with its seed as source.</summary>
public sealed class DemoMeasurementsTests
{
    [Theory, Providers]
    public async Task DemoValues_AreTheSeedFiguresPublishedInPublishedPeriods(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        app.CreateClient().Dispose();
        await using var db = app.Database.NewContext();

        var values = await (
                from m in db.Measurements
                join i in db.Indicators on m.IndicatorId equals i.Id
                join p in db.ReportingPeriods on m.ReportingPeriodId equals p.Id
                join s in db.Sources on m.SourceId equals s.Id
                where p.State == PeriodState.Published
                select new { i.Code, i.Type, p.Label, m.Value, m.Status, PeriodState = p.State, Source = s.Key, Revisions = m.Revisions.Count })
            .ToListAsync();

        Assert.Equal(
            ["PAR-1.1 2021 119 seed-001", "PAR-1.1 2022 200 seed-002", "PAR-1.2 2021 30 seed-001", "PAR-1.2 2022 30 seed-002", "PRE-2.1 2022 5585 seed-002"],
            values.Select(v => $"{v.Code} {v.Label} {v.Value:0.##} {v.Source}").Order());
        Assert.All(values, v => Assert.Equal(MeasurementStatus.Published, v.Status));
        Assert.All(values, v => Assert.Equal(PeriodState.Published, v.PeriodState));
        Assert.All(values, v => Assert.Equal(1, v.Revisions));
        Assert.Equal(IndicatorType.Percentage, values.First(v => v.Code == "PAR-1.2").Type);
    }

    [Theory, Providers]
    public async Task DemoIndicators_HaveNoInventedTargetsOrBaselines_AndSayTheyAreIllustrative(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        app.CreateClient().Dispose();
        await using var db = app.Database.NewContext();

        var indicators = await db.Indicators.Include(i => i.Targets).Include(i => i.DataSource)
            .Where(i => i.Code != "PAR-4.1").ToListAsync();

        Assert.Equal(3, indicators.Count);
        Assert.All(indicators, i => Assert.Empty(i.Targets));
        Assert.All(indicators, i => Assert.Null(i.BaselineValue));
        Assert.All(indicators, i => Assert.Contains("illustrative indicator defined by Avance", i.DataSource!.In("en")));
        Assert.All(indicators, i => Assert.Contains("Indicador ilustrativo", i.DataSource!.In("es")));
    }
}
