using Avance.Data;
using Avance.Domain;
using Avance.Features.Accounts;
using Avance.Features.Audit;
using Avance.Features.Reporting;
using Avance.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Avance.Tests.Features.Review;

/// <summary>
/// The demo data (periods 2021 and 2022 published, 2024 closed, 2025 open, 2026 planned) with a coordinator and a
/// focal point of SEDENA (PAR-1.1 and PAR-1.2) signed in.
/// </summary>
internal sealed class ReviewScene : IAsyncDisposable
{
    private ReviewScene(AvanceApp app) => App = app;

    public AvanceApp App { get; }
    public AvanceUser Coordinator { get; private set; } = null!;
    public AvanceUser FocalPoint { get; private set; } = null!;
    public int SedenaId { get; private set; }

    public static async Task<ReviewScene> CreateAsync(Provider provider)
    {
        var scene = new ReviewScene(new AvanceApp(TestDatabase.Create(provider)));
        scene.App.CreateClient().Dispose();
        scene.SedenaId = await scene.WithDbAsync(db => db.Organisations
            .Where(o => o.Acronym!.Translations.Any(t => t.Value == "SEDENA")).Select(o => o.Id).SingleAsync());
        scene.Coordinator = await scene.App.CreateUserAsync(AccountRole.Coordinator, email: $"coordinator-{Guid.NewGuid():N}@example.org");
        scene.FocalPoint = await scene.App.CreateUserAsync(AccountRole.FocalPoint, scene.SedenaId);
        return scene;
    }

    public async Task<T> WithDbAsync<T>(Func<AvanceDb, Task<T>> work)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AvanceDb>());
    }

    /// <summary>The demo's one plan, NAP-1325.</summary>
    public Task<int> PlanIdAsync() => WithDbAsync(db => db.Plans.Select(p => p.Id).SingleAsync());

    public Task<int> PeriodIdAsync(string label) =>
        WithDbAsync(db => db.ReportingPeriods.Where(p => p.Label == label).Select(p => p.Id).SingleAsync());

    public Task<ReportingPeriod> PeriodAsync(int id) => WithDbAsync(db => db.ReportingPeriods.SingleAsync(p => p.Id == id));

    /// <summary>A demo value by indicator code, period label and slice ("" for the total, "sex=female" …).</summary>
    public Task<Measurement> MeasurementAsync(string indicatorCode, string periodLabel, string slice = "") =>
        WithDbAsync(db => (
                from m in db.Measurements.Include(m => m.Revisions)
                join i in db.Indicators on m.IndicatorId equals i.Id
                join p in db.ReportingPeriods on m.ReportingPeriodId equals p.Id
                where i.Code == indicatorCode && p.Label == periodLabel && m.Disaggregation == DisaggregationKey.Parse(slice)
                select m)
            .SingleAsync());

    public Task<Measurement> MeasurementAsync(int id) => WithDbAsync(db => db.Measurements.Include(m => m.Revisions).SingleAsync(m => m.Id == id));

    public Task<int> IndicatorIdAsync(string code) => WithDbAsync(db => db.Indicators.Where(i => i.Code == code).Select(i => i.Id).SingleAsync());

    public Task<List<AuditEntry>> HistoryAsync(string itemType, int id) => WithDbAsync(db => AuditTrail.For(db, itemType, id).ToListAsync());

    /// <summary>A new period of the demo plan in the given state, with a unique label.</summary>
    public Task<int> NewPeriodAsync(PeriodState state) => WithDbAsync(async db =>
    {
        var period = new ReportingPeriod(await db.Plans.Select(p => p.Id).SingleAsync(), "Test " + Guid.NewGuid().ToString("N")[..8], new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31));
        if (state != PeriodState.Planned) period.Open(new DateOnly(2028, 3, 31));
        if (state is PeriodState.Closed or PeriodState.Published) period.Close();
        if (state == PeriodState.Published) period.Publish(DateTimeOffset.UtcNow);
        db.ReportingPeriods.Add(period);
        await db.SaveChangesAsync();
        return period.Id;
    });

    /// <summary>A value of an indicator in a period, brought to a status through the domain's own steps.</summary>
    public Task<int> NewMeasurementAsync(int indicatorId, int periodId, MeasurementStatus status, decimal value = 10, string slice = "") =>
        WithDbAsync(async db =>
        {
            var measurement = new Measurement(indicatorId, periodId, DisaggregationKey.Parse(slice));
            measurement.Record(value, null, LocalizedText.Of("Test value.", "Valor de prueba."), null, null, DateTimeOffset.UtcNow.AddDays(-1));
            if (status != MeasurementStatus.Draft) measurement.Submit();
            if (status == MeasurementStatus.Returned) measurement.Return("Check it.");
            if (status is MeasurementStatus.Approved or MeasurementStatus.Published) measurement.Approve();
            if (status == MeasurementStatus.Published) measurement.Publish();
            db.Measurements.Add(measurement);
            await db.SaveChangesAsync();
            return measurement.Id;
        });

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
