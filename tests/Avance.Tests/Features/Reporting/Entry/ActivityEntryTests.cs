using System.Net;
using System.Net.Http.Json;
using Avance.Features.Reporting;
using Avance.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Avance.Tests.Features.Reporting.Entry;

public sealed class ActivityEntryTests
{
    [Theory, Providers]
    public async Task The_responsible_agency_saves_a_status_then_submits_it_with_a_narrative(Provider provider)
    {
        await using var scene = await ReportingScene.CreateAsync(provider);
        using var client = await scene.App.SignedInClientAsync(scene.FocalPoint);
        var page = $"{scene.Page()}/activities/{scene.ActivityId}";

        using var draft = await client.PostFormAsync(page, new() { ["Status"] = "InProgress", ["Version"] = "0" }, page + "?handler=Save");
        var saved = await ReportAsync(scene);
        using var withoutNarrative = await client.PostFormAsync(page, new() { ["Status"] = "Completed", ["Version"] = $"{saved.Version}" }, page + "?handler=Submit");
        using var submitted = await client.PostFormAsync(page,
            new() { ["Status"] = "Completed", ["NarrativeSpanish"] = "Programa diseñado.", ["Version"] = $"{saved.Version}" }, page + "?handler=Submit");

        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        Assert.Equal((ImplementationStatus.InProgress, MeasurementStatus.Draft), (saved.Status, saved.ReportStatus));
        Assert.Contains("Write a narrative in English or Spanish to submit.", await withoutNarrative.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var report = await ReportAsync(scene);
        Assert.Equal((ImplementationStatus.Completed, MeasurementStatus.Submitted), (report.Status, report.ReportStatus));
        Assert.Equal("Programa diseñado.", report.Narrative!.In("es"));
        Assert.Equal(["activity-report.record", "activity-report.record", "activity-report.submit"],
            (await scene.AuditAsync("activity-report")).Select(e => e.Action));
    }

    [Theory, Providers]
    public async Task A_submitted_status_cannot_be_changed_and_a_stale_one_is_a_conflict(Provider provider)
    {
        await using var scene = await ReportingScene.CreateAsync(provider);
        using var api = await scene.App.ClientWithTokenAsync(scene.FocalPoint);
        var url = $"{scene.Api}/activities/{scene.ActivityId}";

        using var first = await api.PutAsJsonAsync(url, new { status = "Delayed", version = 0 });
        using var stale = await api.PutAsJsonAsync(url, new { status = "InProgress", version = 0 });
        var version = (await ReportAsync(scene)).Version;
        using var submitted = await api.PostAsJsonAsync($"{url}/submit", new { status = "Delayed", narrative = new { en = "Waiting for funds." }, version });
        using var afterSubmission = await api.PutAsJsonAsync(url, new { status = "Completed", version = version + 1 });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, afterSubmission.StatusCode);
        Assert.Equal(ImplementationStatus.Delayed, (await ReportAsync(scene)).Status);
    }

    [Theory, Providers]
    public async Task An_agency_that_does_not_share_the_activity_is_refused(Provider provider)
    {
        await using var scene = await ReportingScene.CreateAsync(provider);
        using var other = await scene.App.SignedInClientAsync(scene.OtherFocalPoint);
        var page = $"{scene.Page()}/activities/{scene.ActivityId}";

        using var view = await other.GetAsync(page);
        using var post = await other.PostFormAsync("/en", new() { ["Status"] = "Completed", ["Version"] = "0" }, page + "?handler=Save");

        Assert.Equal(HttpStatusCode.Forbidden, view.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.False(await scene.WithDbAsync(db => db.ActivityStatusReports.AnyAsync(r => r.ReportingPeriodId == scene.PeriodId)));
    }

    private static Task<ActivityStatusReport> ReportAsync(ReportingScene scene) =>
        scene.WithDbAsync(db => db.ActivityStatusReports.Include(r => r.Narrative).SingleAsync(r => r.ReportingPeriodId == scene.PeriodId));
}
