using System.Net.Http.Headers;
using System.Net.Http.Json;
using Avance.Domain;
using Avance.Features.Plans;
using Avance.Features.Reporting;
using Avance.Features.Reporting.Entry;
using Avance.Features.Reporting.Templates;
using Avance.Tests.Features.Reporting.Templates;
using Avance.Tests.Infrastructure;
using Avance.Web;
using Microsoft.EntityFrameworkCore;

namespace Avance.Tests.Authorization;

/// <summary>
/// Agency reporting: values, activity statuses, evidence and templates, by page and by API. Each call opens a fresh
/// period (and saves the draft the action needs), so every actor starts from the same state. Only the organisation
/// responsible, coordinators and administrators may report; another agency's focal point is refused with 403.
/// </summary>
public sealed class ReportingMatrix : IMatrixArea
{
    private static readonly IReadOnlySet<Actor> Reporters = Actors.Only(Actor.Administrator, Actor.Coordinator, Actor.FocalPointOwn);

    public IEnumerable<MatrixEntry> Entries =>
    [
        new("POST", "{lang}/workspace/reporting/{periodId}/indicators/{indicatorId}", Channel.Page, Reporters, async (scene, client) =>
        {
            var period = await OpenPeriodAsync(scene);
            return await client.PostFormAsync("/en", new() { ["Values[0].Combination"] = "", ["Values[0].Raw"] = "5", ["Values[0].Version"] = "0" },
                $"/en/workspace/reporting/{period}/indicators/{scene.OwnIndicatorId}?handler=Save");
        }),
        new("POST", "{lang}/workspace/reporting/{periodId}/activities/{activityId}", Channel.Page, Reporters, async (scene, client) =>
        {
            var period = await OpenPeriodAsync(scene);
            return await client.PostFormAsync("/en", new() { ["Status"] = "InProgress", ["Version"] = "0" },
                $"/en/workspace/reporting/{period}/activities/{await OwnActivityAsync(scene)}?handler=Save");
        }),
        new("POST", "{lang}/workspace/reporting/{periodId}/template", Channel.Page, Reporters, async (scene, client) =>
        {
            var period = await OpenPeriodAsync(scene);
            return await client.PostFormAsync("/en", new() { ["Checked"] = Convert.ToBase64String(await TemplateAsync(scene, period)) },
                $"/en/workspace/reporting/{period}/template?handler=Apply");
        }),
        new("PUT", "api/v1/reporting/{periodId}/indicators/{indicatorId}", Channel.Api, Reporters, async (scene, client) =>
            await client.PutAsJsonAsync($"/api/v1/reporting/{await OpenPeriodAsync(scene)}/indicators/{scene.OwnIndicatorId}",
                new { values = new[] { new { combination = "", value = 5, version = 0 } } })),
        new("POST", "api/v1/reporting/{periodId}/indicators/{indicatorId}/submit", Channel.Api, Reporters, async (scene, client) =>
        {
            var period = await OpenPeriodAsync(scene);
            await DraftAsync(scene, period);
            return await client.PostAsJsonAsync($"/api/v1/reporting/{period}/indicators/{scene.OwnIndicatorId}/submit", new { });
        }),
        new("PUT", "api/v1/reporting/{periodId}/activities/{activityId}", Channel.Api, Reporters, async (scene, client) =>
            await client.PutAsJsonAsync($"/api/v1/reporting/{await OpenPeriodAsync(scene)}/activities/{await OwnActivityAsync(scene)}",
                new { status = "InProgress", version = 0 })),
        new("POST", "api/v1/reporting/{periodId}/activities/{activityId}/submit", Channel.Api, Reporters, async (scene, client) =>
            await client.PostAsJsonAsync($"/api/v1/reporting/{await OpenPeriodAsync(scene)}/activities/{await OwnActivityAsync(scene)}/submit",
                new { status = "Completed", narrative = new { en = "Done." }, version = 0 })),
        new("POST", "api/v1/reporting/{periodId}/indicators/{indicatorId}/evidence", Channel.Api, Reporters, async (scene, client) =>
        {
            var period = await OpenPeriodAsync(scene);
            await DraftAsync(scene, period);
            using var form = new MultipartFormDataContent { { new StringContent(""), "combination" } };
            var file = new ByteArrayContent([.. "%PDF-1.4 matrix "u8, .. Guid.NewGuid().ToByteArray()]);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(file, "file", "list.pdf");
            return await client.PostAsync($"/api/v1/reporting/{period}/indicators/{scene.OwnIndicatorId}/evidence", form);
        }),
        new("POST", "api/v1/reporting/{periodId}/template", Channel.Api, Reporters, async (scene, client) =>
        {
            var period = await OpenPeriodAsync(scene);
            using var form = new MultipartFormDataContent { { new ByteArrayContent(await TemplateAsync(scene, period)), "file", "template.xlsx" } };
            return await client.PostAsync($"/api/v1/reporting/{period}/template?apply=true", form);
        }),
    ];

    private static Task<int> OpenPeriodAsync(MatrixScene scene) => scene.WithDbAsync(async db =>
    {
        var planId = await db.Indicators.Where(i => i.Id == scene.OwnIndicatorId).Select(i => i.PlanId).SingleAsync();
        var year = DateTime.UtcNow.Year - 1;
        var period = new ReportingPeriod(planId, $"matrix-{Guid.NewGuid():N}", new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        period.Open(new DateOnly(year + 1, 3, 31));
        db.ReportingPeriods.Add(period);
        await db.SaveChangesAsync();
        return period.Id;
    });

    /// <summary>A complete draft of the own indicator's total, ready to submit or to attach evidence to.</summary>
    private static Task<int> DraftAsync(MatrixScene scene, int periodId) => scene.WithDbAsync(async db =>
    {
        var measurement = new Measurement(scene.OwnIndicatorId, periodId, DisaggregationKey.Total);
        var source = await db.Sources.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
        measurement.Record(5, null, LocalizedText.In("en", "Five."), source, new DateOnly(DateTime.UtcNow.Year - 1, 6, 30), DateTimeOffset.UtcNow);
        db.Measurements.Add(measurement);
        await db.SaveChangesAsync();
        return measurement.Id;
    });

    /// <summary>An activity the own organisation is responsible for (the demo names no responsible agencies for activities).</summary>
    private static Task<int> OwnActivityAsync(MatrixScene scene) => scene.WithDbAsync(async db =>
    {
        var activity = await db.Activities.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
        if (!await db.ActivityOrganisations.AnyAsync(o => o.ActivityId == activity && o.OrganisationId == scene.OwnOrganisationId))
        {
            db.ActivityOrganisations.Add(new ActivityOrganisation { ActivityId = activity, OrganisationId = scene.OwnOrganisationId, Responsibility = Responsibility.Responsible });
            await db.SaveChangesAsync();
        }
        return activity;
    });

    /// <summary>The own organisation's template for the period with a value filled in, as its focal point would upload it.</summary>
    private static Task<byte[]> TemplateAsync(MatrixScene scene, int periodId) => scene.WithDbAsync(async db =>
    {
        var period = (await EntryQueries.Period(db, periodId, default))!;
        var indicators = await IndicatorEntries.List(db, period, new EntryScope(scene.OwnOrganisationId), "en", default);
        using var workbook = TemplateWorkbook.Open(TemplateWriter.Write(new TemplateScope(period, scene.OwnOrganisationId, "en"), indicators, new UiText()));
        workbook.SetNumber(workbook.RowOf(scene.OwnIndicatorId, ""), TemplateWorkbook.Value, 5);
        return workbook.Save();
    });
}
