using System.Globalization;
using System.Net.Http.Json;
using Avance.Domain;
using Avance.Features.Reporting;
using Avance.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Avance.Tests.Authorization;

/// <summary>
/// Periods, review, publication and corrections: only administrators and coordinators, whatever the organisation.
/// Every call acts on a period, value or report made for it, so each actor meets the same state.
/// </summary>
public sealed class ReviewMatrix : IMatrixArea
{
    private static readonly IReadOnlySet<Actor> Coordination = Actors.Only(Actor.Administrator, Actor.Coordinator);

    public IEnumerable<MatrixEntry> Entries =>
    [
        new("POST", "{lang}/workspace/periods/new", Channel.Page, Coordination, async (scene, client) =>
            await client.PostFormAsync("/en/workspace/periods/new", new()
            {
                ["PlanId"] = (await PlanIdAsync(scene)).ToString(CultureInfo.InvariantCulture), ["Label"] = UniqueLabel(),
                ["StartsOn"] = "2030-01-01", ["EndsOn"] = "2030-12-31",
            })),
        new("POST", "{lang}/workspace/periods/{id}/open", Channel.Page, Coordination, async (scene, client) =>
        {
            var (id, version) = await PeriodAsync(scene, PeriodState.Planned);
            return await client.PostFormAsync($"/en/workspace/periods/{id}/open", new() { ["Version"] = version, ["Deadline"] = "2031-03-31" });
        }),
        new("POST", "{lang}/workspace/periods/{id}/close", Channel.Page, Coordination, async (scene, client) =>
        {
            var (id, version) = await PeriodAsync(scene, PeriodState.Open);
            return await client.PostFormAsync($"/en/workspace/periods/{id}/close", new() { ["Version"] = version });
        }),
        new("POST", "{lang}/workspace/periods/{id}/publish", Channel.Page, Coordination, async (scene, client) =>
        {
            var (id, version) = await PeriodAsync(scene, PeriodState.Closed);
            return await client.PostFormAsync($"/en/workspace/periods/{id}/publish", new() { ["Version"] = version });
        }),
        new("POST", "{lang}/workspace/periods/{periodId}/review/indicators/{indicatorId}", Channel.Page, Coordination, async (scene, client) =>
        {
            var value = await MeasurementAsync(scene, MeasurementStatus.Submitted);
            return await client.PostFormAsync($"/en/workspace/periods/{value.PeriodId}/review/indicators/{scene.OwnIndicatorId}",
                new() { ["Decision"] = "Approve", [$"Versions[{value.Id}]"] = value.Version });
        }),
        new("POST", "{lang}/workspace/review/measurements/{id}", Channel.Page, Coordination, async (scene, client) =>
        {
            var value = await MeasurementAsync(scene, MeasurementStatus.Submitted);
            return await client.PostFormAsync($"/en/workspace/review/measurements/{value.Id}", new() { ["Decision"] = "Approve", ["Version"] = value.Version });
        }),
        new("POST", "{lang}/workspace/review/measurements/{id}/correct", Channel.Page, Coordination, async (scene, client) =>
        {
            var value = await MeasurementAsync(scene, MeasurementStatus.Published);
            return await client.PostFormAsync($"/en/workspace/review/measurements/{value.Id}/correct",
                new() { ["Value"] = "11", ["Reason"] = "Recounted.", ["Version"] = value.Version });
        }),
        new("POST", "{lang}/workspace/review/activity-reports/{id}", Channel.Page, Coordination, async (scene, client) =>
        {
            var report = await ReportAsync(scene);
            return await client.PostFormAsync($"/en/workspace/review/activity-reports/{report.Id}",
                new() { ["Decision"] = "Return", ["Reason"] = "Say what was done.", ["Version"] = report.Version });
        }),
        new("POST", "api/v1/periods", Channel.Api, Coordination, async (scene, client) =>
            await client.PostAsJsonAsync("/api/v1/periods",
                new { planId = await PlanIdAsync(scene), label = UniqueLabel(), startsOn = "2030-01-01", endsOn = "2030-12-31" })),
        new("POST", "api/v1/periods/{id}/open", Channel.Api, Coordination, async (scene, client) =>
        {
            var (id, version) = await PeriodAsync(scene, PeriodState.Planned);
            return await client.PostAsJsonAsync($"/api/v1/periods/{id}/open", new { deadline = "2031-03-31", version = int.Parse(version, CultureInfo.InvariantCulture) });
        }),
        new("POST", "api/v1/periods/{id}/close", Channel.Api, Coordination, async (scene, client) =>
        {
            var (id, version) = await PeriodAsync(scene, PeriodState.Open);
            return await client.PostAsJsonAsync($"/api/v1/periods/{id}/close", new { version = int.Parse(version, CultureInfo.InvariantCulture) });
        }),
        new("POST", "api/v1/periods/{id}/publish", Channel.Api, Coordination, async (scene, client) =>
        {
            var (id, version) = await PeriodAsync(scene, PeriodState.Closed);
            return await client.PostAsJsonAsync($"/api/v1/periods/{id}/publish", new { version = int.Parse(version, CultureInfo.InvariantCulture) });
        }),
        new("POST", "api/v1/periods/{periodId}/indicators/{indicatorId}/approve", Channel.Api, Coordination, (scene, client) =>
            DecideIndicatorAsync(scene, client, "approve")),
        new("POST", "api/v1/periods/{periodId}/indicators/{indicatorId}/return", Channel.Api, Coordination, (scene, client) =>
            DecideIndicatorAsync(scene, client, "return")),
        new("POST", "api/v1/measurements/{id}/approve", Channel.Api, Coordination, async (scene, client) =>
        {
            var value = await MeasurementAsync(scene, MeasurementStatus.Submitted);
            return await client.PostAsJsonAsync($"/api/v1/measurements/{value.Id}/approve", new { version = value.VersionNumber });
        }),
        new("POST", "api/v1/measurements/{id}/return", Channel.Api, Coordination, async (scene, client) =>
        {
            var value = await MeasurementAsync(scene, MeasurementStatus.Submitted);
            return await client.PostAsJsonAsync($"/api/v1/measurements/{value.Id}/return", new { version = value.VersionNumber, reason = "Give the source." });
        }),
        new("POST", "api/v1/measurements/{id}/corrections", Channel.Api, Coordination, async (scene, client) =>
        {
            var value = await MeasurementAsync(scene, MeasurementStatus.Published);
            return await client.PostAsJsonAsync($"/api/v1/measurements/{value.Id}/corrections", new { value = 11, version = value.VersionNumber, reason = "Recounted." });
        }),
        new("POST", "api/v1/activity-reports/{id}/approve", Channel.Api, Coordination, async (scene, client) =>
        {
            var report = await ReportAsync(scene);
            return await client.PostAsJsonAsync($"/api/v1/activity-reports/{report.Id}/approve", new { version = report.VersionNumber });
        }),
        new("POST", "api/v1/activity-reports/{id}/return", Channel.Api, Coordination, async (scene, client) =>
        {
            var report = await ReportAsync(scene);
            return await client.PostAsJsonAsync($"/api/v1/activity-reports/{report.Id}/return", new { version = report.VersionNumber, reason = "Say what was done." });
        }),
    ];

    private sealed record Item(int Id, int PeriodId, int VersionNumber)
    {
        public string Version => VersionNumber.ToString(CultureInfo.InvariantCulture);
    }

    private static async Task<HttpResponseMessage> DecideIndicatorAsync(MatrixScene scene, HttpClient client, string decision)
    {
        var value = await MeasurementAsync(scene, MeasurementStatus.Submitted);
        return await client.PostAsJsonAsync($"/api/v1/periods/{value.PeriodId}/indicators/{scene.OwnIndicatorId}/{decision}",
            new { values = new[] { new { measurementId = value.Id, version = value.VersionNumber } }, reason = "Give the source." });
    }

    private static Task<int> PlanIdAsync(MatrixScene scene) => scene.WithDbAsync(db => db.Plans.Select(p => p.Id).FirstAsync());

    private static string UniqueLabel() => "Matrix " + Guid.NewGuid().ToString("N")[..8];

    private static async Task<(int Id, string Version)> PeriodAsync(MatrixScene scene, PeriodState state)
    {
        var period = await NewPeriodAsync(scene, state);
        return (period.Id, period.Version.ToString(CultureInfo.InvariantCulture));
    }

    private static Task<ReportingPeriod> NewPeriodAsync(MatrixScene scene, PeriodState state) => scene.WithDbAsync(async db =>
    {
        var period = new ReportingPeriod(await PlanIdAsync(scene), UniqueLabel(), new DateOnly(2030, 1, 1), new DateOnly(2030, 12, 31));
        if (state != PeriodState.Planned) period.Open(new DateOnly(2031, 3, 31));
        if (state is PeriodState.Closed or PeriodState.Published) period.Close();
        if (state == PeriodState.Published) period.Publish(DateTimeOffset.UtcNow.AddDays(-1));
        db.ReportingPeriods.Add(period);
        await db.SaveChangesAsync();
        return period;
    });

    /// <summary>A value of the own organisation's indicator, submitted in an open period or published in a published one.</summary>
    private static async Task<Item> MeasurementAsync(MatrixScene scene, MeasurementStatus status)
    {
        var period = await NewPeriodAsync(scene, status == MeasurementStatus.Published ? PeriodState.Published : PeriodState.Open);
        return await scene.WithDbAsync(async db =>
        {
            var measurement = new Measurement(scene.OwnIndicatorId, period.Id, DisaggregationKey.Total);
            measurement.Record(10, null, LocalizedText.Of("Matrix value.", "Valor de la matriz."), null, null, DateTimeOffset.UtcNow.AddDays(-2));
            measurement.Submit();
            if (status == MeasurementStatus.Published)
            {
                measurement.Approve();
                measurement.Publish();
            }
            db.Measurements.Add(measurement);
            await db.SaveChangesAsync();
            return new Item(measurement.Id, period.Id, measurement.Version);
        });
    }

    private static async Task<Item> ReportAsync(MatrixScene scene)
    {
        var period = await NewPeriodAsync(scene, PeriodState.Open);
        return await scene.WithDbAsync(async db =>
        {
            var report = new ActivityStatusReport(await db.Activities.Select(a => a.Id).FirstAsync(), period.Id, ImplementationStatus.InProgress, null);
            report.Submit();
            db.ActivityStatusReports.Add(report);
            await db.SaveChangesAsync();
            return new Item(report.Id, period.Id, report.Version);
        });
    }
}
