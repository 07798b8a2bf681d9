using System.Net;
using Avance.Domain;
using Avance.Features.Plans;
using Avance.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Avance.Tests.Features.Authoring;

public sealed class StructureFormTests
{
    [Theory, Providers]
    public async Task Items_are_added_moved_edited_and_removed_through_the_forms_each_with_an_audit_entry(Provider provider)
    {
        await using var scene = await AuthoringScene.CreateAsync(provider);
        var (plan, firstPillar, objective) = await scene.DraftPlanAsync(await scene.ApiAsync());
        var sedena = await scene.WithDbAsync(db => db.Organisations.Where(o => o.IatiIdentifier == null && o.Kind == OrganisationKind.GovernmentAgency).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync());
        var inmujeres = await scene.WithDbAsync(db => db.Organisations.Where(o => o.Kind == OrganisationKind.GovernmentAgency && o.Id != sedena).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync());
        using var client = await scene.PagesAsync();
        var workspace = $"/en/workspace/plans/{plan}";

        using var added = await FormFields.SubmitAsync(client, $"{workspace}/pillars/new", f => (f["Form.Text.En"], f["Form.Text.Es"]) = ("Participation", "Participación"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var secondPillar = await scene.WithDbAsync(db => db.Pillars.Where(p => p.PlanId == plan && p.Number == 2).Select(p => p.Id).SingleAsync());

        using var moved = await client.PostFormAsync(workspace, new() { ["Version"] = "0", ["Direction"] = "Up" }, $"{workspace}/pillars/{secondPillar}?handler=move");
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal(new[] { (secondPillar, 1), (firstPillar, 2) }, await scene.WithDbAsync(async db =>
            (await db.Pillars.Where(p => p.PlanId == plan).OrderBy(p => p.Number).Select(p => new { p.Id, p.Number }).ToListAsync()).Select(p => (p.Id, p.Number)).ToArray()));
        Assert.Equal(["pillar.create", "pillar.move"], (await scene.HistoryAsync("pillar", secondPillar)).Select(e => e.Action));

        using var line = await FormFields.SubmitAsync(client, $"{workspace}/lines-of-action/new?parentId={objective}", f => f["Form.Text.En"] = "Training for police forces");
        var lineId = await scene.WithDbAsync(db => db.LinesOfAction.Where(l => l.ObjectiveId == objective).Select(l => l.Id).SingleAsync());
        using var activity = await FormFields.SubmitAsync(client, $"{workspace}/activities/new?parentId={lineId}", f =>
        {
            f["Form.Text.Es"] = "Diseñar un programa de cursos";
            f.Add("Form.Responsible", sedena.ToString());
            f.Add("Form.CoResponsible", inmujeres.ToString());
        });
        Assert.Equal(HttpStatusCode.Redirect, activity.StatusCode);
        var activityId = await scene.WithDbAsync(db => db.Activities.Where(a => a.LineOfActionId == lineId).Select(a => a.Id).SingleAsync());
        Assert.Equal([(sedena, Responsibility.Responsible), (inmujeres, Responsibility.CoResponsible)], await Organisations(scene, activityId));

        using var edited = await FormFields.SubmitAsync(client, $"{workspace}/activities/{activityId}", f =>
        {
            f.Remove("Form.Responsible");
            f.Remove("Form.CoResponsible");
            f.Add("Form.CoResponsible", sedena.ToString());
            f["Form.Text.En"] = "Design a programme of courses";
        });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal([(sedena, Responsibility.CoResponsible)], await Organisations(scene, activityId));
        var tree = await client.GetStringAsync(workspace);
        Assert.Contains("Design a programme of courses", tree);
        Assert.Contains($"data-item=\"activity-{activityId}\"", tree);

        using var removed = await FormFields.SubmitAsync(client, $"{workspace}/activities/{activityId}", _ => { }, $"{workspace}/activities/{activityId}?handler=remove");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.False(await scene.WithDbAsync(db => db.Activities.AnyAsync(a => a.Id == activityId)));
        var history = await scene.HistoryAsync("activity", activityId);
        Assert.Equal(["activity.create", "activity.update", "activity.remove"], history.Select(e => e.Action));
        Assert.Contains("Design a programme of courses", history[^1].Before);
        Assert.Null(history[^1].After);
    }

    [Theory, Providers]
    public async Task Removing_an_item_with_items_under_it_or_reported_statuses_is_refused_with_the_reason_and_nothing_is_deleted(Provider provider)
    {
        await using var scene = await AuthoringScene.CreateAsync(provider);
        await Plans.ActivityReports.AddAsync(scene.App.Database);
        var plan = await scene.DemoPlanIdAsync();
        var (pillar, reported, reports) = await scene.WithDbAsync(async db => (
            await db.Pillars.Where(p => p.PlanId == plan && p.Number == 1).Select(p => p.Id).SingleAsync(),
            await db.ActivityStatusReports.Select(r => r.ActivityId).FirstAsync(),
            await db.ActivityStatusReports.CountAsync()));
        using var client = await scene.PagesAsync();

        using var pillarRefused = await FormFields.SubmitAsync(client, $"/en/workspace/plans/{plan}/pillars/{pillar}", _ => { },
            $"/en/workspace/plans/{plan}/pillars/{pillar}?handler=remove");
        using var activityRefused = await FormFields.SubmitAsync(client, $"/es/workspace/plans/{plan}/activities/{reported}", _ => { },
            $"/es/workspace/plans/{plan}/activities/{reported}?handler=remove");

        Assert.Equal(HttpStatusCode.Conflict, pillarRefused.StatusCode);
        Assert.Contains("This pillar still has strategic objectives (3): remove them first.", await pillarRefused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, activityRefused.StatusCode);
        var ownReports = await scene.WithDbAsync(db => db.ActivityStatusReports.CountAsync(r => r.ActivityId == reported));
        Assert.Contains($"Esta actividad tiene estados reportados ({ownReports}); lo reportado nunca se elimina", await activityRefused.Content.ReadAsStringAsync());
        Assert.Equal((reports, true, 3), await scene.WithDbAsync(async db => (
            await db.ActivityStatusReports.CountAsync(), await db.Activities.AnyAsync(a => a.Id == reported),
            await db.StrategicObjectives.CountAsync(o => o.PillarId == pillar))));
        Assert.Empty(await scene.HistoryAsync("activity", reported));
    }

    [Theory, Providers]
    public async Task A_taken_number_a_missing_text_and_one_organisation_in_both_roles_are_explained_in_spanish(Provider provider)
    {
        await using var scene = await AuthoringScene.CreateAsync(provider);
        var (plan, _, objective) = await scene.DraftPlanAsync(await scene.ApiAsync());
        var agency = await scene.App.OrganisationIdAsync(OrganisationKind.GovernmentAgency);
        using var client = await scene.PagesAsync();
        using var line = await FormFields.SubmitAsync(client, $"/es/workspace/plans/{plan}/lines-of-action/new?parentId={objective}", f => f["Form.Text.En"] = "A line");
        var lineId = await scene.WithDbAsync(db => db.LinesOfAction.Where(l => l.ObjectiveId == objective).Select(l => l.Id).SingleAsync());

        using var refused = await FormFields.SubmitAsync(client, $"/es/workspace/plans/{plan}/lines-of-action/new?parentId={objective}", f => f["Form.Number"] = "1");
        using var activity = await FormFields.SubmitAsync(client, $"/es/workspace/plans/{plan}/activities/new?parentId={lineId}", f =>
        {
            f["Form.Text.En"] = "An activity";
            f.Add("Form.Responsible", agency.ToString());
            f.Add("Form.CoResponsible", agency.ToString());
        });

        var page = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Número: el número 1 ya está ocupado en este nivel; elija otro o mueva el elemento.", page);
        Assert.Contains("Texto: escríbalo en inglés, en español o en ambos.", page);
        Assert.Contains("Organizaciones corresponsables: una organización es responsable o corresponsable, no ambas cosas.",
            await activity.Content.ReadAsStringAsync());
        Assert.Equal((1, 0), await scene.WithDbAsync(async db => (await db.LinesOfAction.CountAsync(l => l.ObjectiveId == objective),
            await db.Activities.CountAsync(a => a.LineOfActionId == lineId))));
    }

    private static Task<(int, Responsibility)[]> Organisations(AuthoringScene scene, int activityId) =>
        scene.WithDbAsync(async db => (await db.ActivityOrganisations.Where(o => o.ActivityId == activityId).OrderBy(o => o.OrganisationId)
            .Select(o => new { o.OrganisationId, o.Responsibility }).ToListAsync()).Select(o => (o.OrganisationId, o.Responsibility)).ToArray());
}
