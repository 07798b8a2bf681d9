using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Avance.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Avance.Tests.Features.Authoring;

public sealed class PublishingTests
{
    [Theory, Providers]
    public async Task A_draft_plan_is_nowhere_public_until_its_first_version_is_published(Provider provider)
    {
        await using var scene = await AuthoringScene.CreateAsync(provider);
        using var api = await scene.ApiAsync();
        var (plan, _, objective) = await scene.DraftPlanAsync(api, code: "NAP-2");
        await AuthoringScene.CreatedIdAsync(await api.PostAsJsonAsync($"/api/v1/plans/{plan}/indicators", new
        {
            code = "PRE-1.1", wording = new { en = "Zebra units trained" }, objectiveId = objective, type = "Number", direction = "Increase", periodicity = "Annual",
        }));
        using var pages = await scene.PagesAsync();
        using var reader = scene.App.CreateClient();

        await AssertPublicAsync(reader, visible: false);

        using var published = await FormFields.SubmitAsync(pages, $"/en/workspace/plans/{plan}/publish", _ => { });
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        await AssertPublicAsync(reader, visible: true);
        var version = await scene.WithDbAsync(db => db.PlanVersions.SingleAsync(v => v.PlanId == plan));
        Assert.Equal((1, "", scene.Coordinator.Id), (version.Number, version.ChangeNote, version.PublishedByUserId));
        Assert.Equal("plan.publish", (await scene.HistoryAsync("plan", plan))[^1].Action);
        Assert.Contains("First publication", await reader.GetStringAsync("/en/countries/mx/plans/NAP-2/versions"));
    }

    private static async Task AssertPublicAsync(HttpClient reader, bool visible)
    {
        var expected = visible ? HttpStatusCode.OK : HttpStatusCode.NotFound;
        foreach (var path in new[]
                 {
                     "/en/countries/mx/plans/NAP-2", "/api/v1/countries/mx/plans/NAP-2", "/en/countries/mx/plans/NAP-2/indicators/PRE-1.1",
                     "/api/v1/countries/mx/plans/NAP-2/indicators", "/en/countries/mx/plans/NAP-2/activities.csv", "/api/v1/countries/mx/plans/NAP-2/versions",
                 })
        {
            using var response = await reader.GetAsync(path);
            Assert.True(response.StatusCode == expected, $"{path}: {(int)response.StatusCode}");
        }
        Assert.Equal(visible, (await reader.GetStringAsync("/en/countries/mx")).Contains("NAP-2", StringComparison.Ordinal));
        Assert.Equal(visible, (await reader.GetStringAsync("/api/v1/countries/mx/plans")).Contains("NAP-2", StringComparison.Ordinal));
        Assert.Equal(visible, (await reader.GetStringAsync("/en/countries/mx/plans/indicators.csv")).Contains("NAP-2", StringComparison.Ordinal));
        Assert.Equal(visible, (await reader.GetStringAsync("/api/v1/search?q=zebra")).Contains("PRE-1.1", StringComparison.Ordinal));
    }

    [Theory, Providers]
    public async Task A_later_version_needs_a_change_note_and_shows_what_changed_field_by_field_in_every_language(Provider provider)
    {
        await using var scene = await AuthoringScene.CreateAsync(provider);
        var plan = await scene.DemoPlanIdAsync();
        using var pages = await scene.PagesAsync();
        var (objective, relief, forums) = await scene.WithDbAsync(async db => (
            await db.StrategicObjectives.Where(o => o.Number == 3 && o.LinesOfAction.Any()).Select(o => o.Id).SingleAsync(),
            await db.StrategicObjectives.Where(o => db.Pillars.Any(p => p.Id == o.PillarId && p.Number == 4)).Select(o => o.Id).SingleAsync(),
            await db.Indicators.Where(i => i.Code == "PAR-4.1").Select(i => i.Id).SingleAsync()));
        var workspace = $"/en/workspace/plans/{plan}";
        await FormFields.SubmitAsync(pages, $"{workspace}/objectives/{objective}", f => f["Form.Text.Es"] = "Incorporar la perspectiva de género en todo el territorio.");
        await FormFields.SubmitAsync(pages, $"{workspace}/indicators/{forums}", f => (f["Form.BaselineValue"], f["Form.BaselineYear"]) = ("1500.5", "2020"));
        await FormFields.SubmitAsync(pages, $"{workspace}/objectives/{relief}", _ => { }, $"{workspace}/objectives/{relief}?handler=remove");
        await FormFields.SubmitAsync(pages, $"{workspace}/pillars/new", f => (f["Form.Text.En"], f["Form.Text.Es"]) = ("Coordination", "Coordinación"));

        using var noNote = await FormFields.SubmitAsync(pages, $"/es{workspace[3..]}/publish", _ => { });
        Assert.Equal(HttpStatusCode.BadRequest, noNote.StatusCode);
        Assert.Contains("Nota de cambios: indique qué cambió desde la versión anterior.", await noNote.Content.ReadAsStringAsync());
        var preview = await pages.GetStringAsync($"{workspace}/publish");
        Assert.Contains("data-change=\"Removed\" data-subject=\"objective\"", preview);

        using var published = await FormFields.SubmitAsync(pages, $"{workspace}/publish", f => (f["ChangeNote"], f["Language"]) = ("Relief merged into Protection; coordination added.", "en"));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var english = await scene.App.CreateClient().GetStringAsync("/en/countries/mx/plans/NAP-1325/versions/2");
        Assert.Contains("Relief merged into Protection; coordination added.", english);
        Assert.Contains("data-change=\"Added\" data-subject=\"pillar\"", english);
        Assert.Contains("Statement (Spanish)", english);
        Assert.Contains("<span class=\"after\" lang=\"es\">Incorporar la perspectiva de género en todo el territorio.</span>", english);
        Assert.Contains("<span class=\"before\">(empty)</span>", english);
        Assert.Contains("<span class=\"after\">1,500.5</span>", english);
        Assert.Contains("<span class=\"after\">1.500,5</span>", await scene.App.CreateClient().GetStringAsync("/es/countries/mx/plans/NAP-1325/versions/2"));

        var changes = await scene.App.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/countries/mx/plans/NAP-1325/versions/2");
        var rows = changes.GetProperty("changes").EnumerateArray().ToList();
        var statement = rows.Single(r => r.GetProperty("subject").GetString() == "objective" && r.GetProperty("change").GetString() == "Changed")
            .GetProperty("fields")[0];
        Assert.Equal(("Statement", "es"), (statement.GetProperty("field").GetString(), statement.GetProperty("language").GetString()));
        Assert.StartsWith("Incorporar la perspectiva de género en los procesos", statement.GetProperty("before").GetString());
        Assert.Equal("Relief and Recovery 1", rows.Single(r => r.GetProperty("change").GetString() == "Removed").GetProperty("label").GetString());
        Assert.Equal(1, changes.GetProperty("comparedWith").GetInt32());

        using var again = await FormFields.SubmitAsync(pages, $"{workspace}/publish", f => f["ChangeNote"] = "Nothing new.");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("Nothing changed since version 2, so there is nothing to publish.", await again.Content.ReadAsStringAsync());
        var versions = await scene.App.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/countries/mx/plans/NAP-1325/versions");
        Assert.Equal([2, 1], versions.EnumerateArray().Select(v => v.GetProperty("number").GetInt32()));
    }
}
