using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Avance.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Avance.Tests.Features.Authoring;

public sealed class NextGenerationTests
{
    [Theory, Providers]
    public async Task The_next_plan_copies_the_tree_and_indicators_linked_to_their_predecessors_without_targets_or_baselines(Provider provider)
    {
        await using var scene = await AuthoringScene.CreateAsync(provider);
        var source = await scene.DemoPlanIdAsync();
        using var api = await scene.ApiAsync();
        var forums = await scene.WithDbAsync(db => db.Indicators.Where(i => i.Code == "PAR-4.1").Select(i => i.Id).SingleAsync());
        var loaded = await api.GetFromJsonAsync<JsonElement>($"/api/v1/plans/{source}/indicators/{forums}");
        var fields = JsonSerializer.Deserialize<Dictionary<string, object?>>(loaded.GetProperty("fields").GetRawText())!;
        (fields["baselineValue"], fields["baselineYear"], fields["targets"]) = (3, 2020, new[] { new { year = 2024, value = 6 } });
        Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync($"/api/v1/plans/{source}/indicators/{forums}", new { version = loaded.GetProperty("version").GetInt32(), fields })).StatusCode);
        using var pages = await scene.PagesAsync();

        using var started = await FormFields.SubmitAsync(pages, $"/en/workspace/plans/{source}/next-generation", f => f["NewCode"] = "NAP-1325-2");

        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var next = await scene.WithDbAsync(db => db.Plans.Include(p => p.Title).SingleAsync(p => p.Code == "NAP-1325-2"));
        Assert.Equal($"/en/workspace/plans/{next.Id}", started.Headers.Location?.OriginalString);
        Assert.Equal((2, null, null), (next.Generation, next.AdoptedOn, next.Timeframe.StartYear));
        Assert.StartsWith("National Action Plan for the follow-up", next.Title.In("en"));
        var (pillars, objectives, activities, organisations, titleTexts) = await scene.WithDbAsync(async db => (
            await db.Pillars.CountAsync(p => p.PlanId == next.Id),
            await db.StrategicObjectives.CountAsync(o => db.Pillars.Any(p => p.Id == o.PillarId && p.PlanId == next.Id)),
            await db.Activities.CountAsync(a => db.LinesOfAction.Any(l => l.Id == a.LineOfActionId
                && db.StrategicObjectives.Any(o => o.Id == l.ObjectiveId && db.Pillars.Any(p => p.Id == o.PillarId && p.PlanId == next.Id)))),
            await db.PlanOrganisations.CountAsync(o => o.PlanId == next.Id),
            await db.Plans.Where(p => p.Id == next.Id || p.Id == source).Select(p => EF.Property<int>(p, "TitleId")).Distinct().CountAsync()));
        Assert.Equal((4, 10, 2, 6, 2), (pillars, objectives, activities, organisations, titleTexts));

        var copies = await scene.WithDbAsync(db => db.Indicators.Include(i => i.Targets).Include(i => i.Disaggregations)
            .Where(i => i.PlanId == next.Id).OrderBy(i => i.Code).ToListAsync());
        var originals = await scene.WithDbAsync(db => db.Indicators.Where(i => i.PlanId == source).ToDictionaryAsync(i => i.Code, i => i));
        Assert.Equal(originals.Keys.Order(), copies.Select(c => c.Code));
        Assert.All(copies, c => Assert.Equal(originals[c.Code].Id, c.PredecessorId));
        Assert.All(copies, c => Assert.Equal(originals[c.Code].ResponsibleOrganisationId, c.ResponsibleOrganisationId));
        var copiedForums = copies.Single(c => c.Code == "PAR-4.1");
        Assert.Equal((null, null, 0), (copiedForums.BaselineValue, copiedForums.BaselineYear, copiedForums.Targets.Count));
        Assert.Equal(Avance.Features.Indicators.DisaggregationDimension.Institution, Assert.Single(copiedForums.Disaggregations).Dimension);

        var audit = Assert.Single(await scene.HistoryAsync("plan", next.Id));
        Assert.Equal("plan.next-generation", audit.Action);
        Assert.Equal(source, JsonDocument.Parse(audit.After!).RootElement.GetProperty("copiedFrom").GetInt32());
        Assert.Equal("plan.continued", (await scene.HistoryAsync("plan", source))[^1].Action);
        Assert.Equal(HttpStatusCode.NotFound, (await scene.App.CreateClient().GetAsync("/en/countries/mx/plans/NAP-1325-2")).StatusCode);
    }

    [Theory, Providers]
    public async Task Only_the_latest_plan_is_continued_and_an_indicator_a_later_plan_continues_stays(Provider provider)
    {
        await using var scene = await AuthoringScene.CreateAsync(provider);
        var source = await scene.DemoPlanIdAsync();
        using var api = await scene.ApiAsync("es");
        // An indicator nothing has been reported on, so that only its successor keeps it.
        var objective = await scene.WithDbAsync(db => db.StrategicObjectives.Where(o => db.Pillars.Any(p => p.Id == o.PillarId && p.PlanId == source))
            .OrderBy(o => o.Id).Select(o => o.Id).FirstAsync());
        var unreported = await AuthoringScene.CreatedIdAsync(await api.PostAsJsonAsync($"/api/v1/plans/{source}/indicators", new
        {
            code = "PAR-9.1", wording = new { es = "Foros con delegadas" }, objectiveId = objective, type = "Number", direction = "Increase", periodicity = "Annual",
        }));
        var next = await AuthoringScene.CreatedIdAsync(await api.PostAsJsonAsync($"/api/v1/plans/{source}/next-generation", new { code = "NAP-2" }));

        using var again = await api.PostAsJsonAsync($"/api/v1/plans/{source}/next-generation", new { code = "NAP-3" });
        using var takenCode = await api.PostAsJsonAsync($"/api/v1/plans/{next}/next-generation", new { code = "nap-1325" });
        using var removal = await api.DeleteAsync($"/api/v1/plans/{source}/indicators/{unreported}?version=0");

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("Ya existe un plan posterior de este país (NAP-2); solo se puede continuar el plan más reciente.",
            (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, takenCode.StatusCode);
        Assert.Equal("Código: otro plan de este país ya tiene el código «nap-1325».",
            (await takenCode.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("code")[0].GetString());
        Assert.Equal(HttpStatusCode.Conflict, removal.StatusCode);
        Assert.Equal("Un plan posterior continúa este indicador (NAP-2 PAR-9.1), así que se conserva.",
            (await removal.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(2, await scene.WithDbAsync(db => db.Plans.CountAsync()));
    }
}
