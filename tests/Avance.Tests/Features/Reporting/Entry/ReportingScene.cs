using Avance.Data;
using Avance.Domain;
using Avance.Features.Accounts;
using Avance.Features.Audit;
using Avance.Features.Plans;
using Avance.Features.Reporting;
using Avance.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Avance.Tests.Features.Reporting.Entry;

/// <summary>
/// The demo data with a reporting period opened for last year, an activity SEDENA is responsible for, and accounts:
/// a SEDENA focal point (responsible for PAR-1.1 officers by sex and PAR-1.2 women's share), an INMUJERES focal point
/// (PRE-2.1), a coordinator and an observer.
/// </summary>
public sealed class ReportingScene : IAsyncDisposable
{
    private ReportingScene(AvanceApp app) => App = app;

    public AvanceApp App { get; }
    public int Year { get; } = DateTime.UtcNow.Year - 1;
    public int PeriodId { get; private set; }
    public int Officers { get; private set; }
    public int WomenShare { get; private set; }
    public int Judiciary { get; private set; }
    public int ActivityId { get; private set; }
    public int Sedena { get; private set; }
    public int Inmujeres { get; private set; }
    public AvanceUser FocalPoint { get; private set; } = null!;
    public AvanceUser OtherFocalPoint { get; private set; } = null!;
    public AvanceUser Coordinator { get; private set; } = null!;
    public AvanceUser Observer { get; private set; } = null!;

    /// <summary>A date inside the period, safely in the past.</summary>
    public string SourceDate => $"{Year}-06-30";

    public string Page(string language = "en") => $"/{language}/workspace/reporting/{PeriodId}";

    public string IndicatorPage(int indicatorId, string language = "en") => $"{Page(language)}/indicators/{indicatorId}";

    public string Api => $"/api/v1/reporting/{PeriodId}";

    public static async Task<ReportingScene> CreateAsync(Provider provider)
    {
        var scene = new ReportingScene(new AvanceApp(TestDatabase.Create(provider)));
        await scene.PrepareAsync();
        return scene;
    }

    public async Task<T> WithDbAsync<T>(Func<AvanceDb, Task<T>> work)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AvanceDb>());
    }

    public Task<List<Measurement>> MeasurementsAsync(int indicatorId) =>
        WithDbAsync(db => db.Measurements.Include(m => m.Narrative).Include(m => m.Revisions)
            .Where(m => m.IndicatorId == indicatorId && m.ReportingPeriodId == PeriodId).ToListAsync());

    public Task<List<AuditEntry>> AuditAsync(string itemType) =>
        WithDbAsync(db => db.AuditEntries.Where(e => e.ItemType == itemType).OrderBy(e => e.Id).ToListAsync());

    /// <summary>Saves values directly, as another person's earlier work, and gives back each combination's version.</summary>
    public Task<Dictionary<string, int>> RecordAsync(int indicatorId, params (string Combination, decimal Value)[] values) =>
        WithDbAsync(async db =>
        {
            var existing = await db.Measurements.AsTracking().Include(m => m.Revisions).Where(m => m.IndicatorId == indicatorId && m.ReportingPeriodId == PeriodId)
                .ToDictionaryAsync(m => m.Disaggregation.ToString());
            foreach (var (combination, value) in values)
            {
                if (!existing.TryGetValue(combination, out var measurement))
                    existing[combination] = measurement = db.Measurements.Add(new Measurement(indicatorId, PeriodId, DisaggregationKey.Parse(combination))).Entity;
                measurement.Record(value, null, null, null, null, DateTimeOffset.UtcNow);
            }
            await db.SaveChangesAsync();
            return existing.ToDictionary(e => e.Key, e => e.Value.Version);
        });

    private async Task PrepareAsync()
    {
        var ids = await WithDbAsync(async db =>
        {
            var plan = await db.Plans.SingleAsync(p => p.Code == "NAP-1325");
            // The demo already has a period for last year, in its own state; this scene's period is its own, empty one.
            var period = new ReportingPeriod(plan.Id, $"{Year} (test)", new DateOnly(Year, 1, 1), new DateOnly(Year, 12, 31));
            period.Open(new DateOnly(Year + 1, 3, 31));
            db.ReportingPeriods.Add(period);
            var indicators = await db.Indicators.ToDictionaryAsync(i => i.Code, i => (i.Id, i.ResponsibleOrganisationId));
            var activity = await db.Activities.OrderBy(a => a.Id).FirstAsync();
            db.ActivityOrganisations.Add(new ActivityOrganisation
            {
                ActivityId = activity.Id, OrganisationId = indicators["PAR-1.1"].ResponsibleOrganisationId!.Value, Responsibility = Responsibility.Responsible,
            });
            await db.SaveChangesAsync();
            return (period.Id, indicators, activity.Id);
        });
        PeriodId = ids.Item1;
        Officers = ids.indicators["PAR-1.1"].Id;
        WomenShare = ids.indicators["PAR-1.2"].Id;
        Judiciary = ids.indicators["PRE-2.1"].Id;
        Sedena = ids.indicators["PAR-1.1"].ResponsibleOrganisationId!.Value;
        Inmujeres = ids.indicators["PRE-2.1"].ResponsibleOrganisationId!.Value;
        ActivityId = ids.Item3;
        FocalPoint = await App.CreateUserAsync(AccountRole.FocalPoint, Sedena);
        OtherFocalPoint = await App.CreateUserAsync(AccountRole.FocalPoint, Inmujeres);
        Coordinator = await App.CreateUserAsync(AccountRole.Coordinator);
        Observer = await App.CreateUserAsync(AccountRole.Observer, await App.OrganisationIdAsync(OrganisationKind.CivilSociety));
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
