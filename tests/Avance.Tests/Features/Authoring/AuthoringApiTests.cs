using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Avance.Features.Accounts;
using Avance.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Avance.Tests.Features.Authoring;

public sealed class AuthoringApiTests
{
    [Theory, Providers]
    public async Task A_plan_is_built_through_the_api_with_a_token_and_each_change_is_audited(Provider provider)
    {
        await using var scene = await AuthoringScene.CreateAsync(provider);
        using var api = await scene.ApiAsync();
        var agency = await scene.App.OrganisationIdAsync(Avance.Domain.OrganisationKind.GovernmentAgency);
        var (plan, pillar, objective) = await scene.DraftPlanAsync(api);

        var line = await AuthoringScene.CreatedIdAsync(await api.PostAsJsonAsync($"/api/v1/plans/{plan}/lines-of-action",
            new { parentId = objective, fields = new { number = 4, text = new { en = "Specialised police units" } } }));
        var activity = await AuthoringScene.CreatedIdAsync(await api.PostAsJsonAsync($"/api/v1/plans/{plan}/activities",
            new { parentId = line, fields = new { text = new { es = "Formar unidades" }, responsible = new[] { agency } } }));
        var indicator = await AuthoringScene.CreatedIdAsync(await api.PostAsJsonAsync($"/api/v1/plans/{plan}/indicators", new
        {
            code = "PRE-3.1", wording = new { en = "Units formed" }, objectiveId = objective, activityId = activity, type = "Number",
            direction = "Increase", periodicity = "Annual", targets = new[] { new { year = 2027, value = 5 } }, disaggregations = new[] { "State" },
            resolution1325Indicators = new[] { "3" },
        }));
        var loaded = await api.GetFromJsonAsync<JsonElement>($"/api/v1/plans/{plan}/indicators/{indicator}");
        using var updated = await api.PutAsJsonAsync($"/api/v1/plans/{plan}/indicators/{indicator}", new
        {
            version = loaded.GetProperty("version").GetInt32(),
            fields = new { code = "PRE-3.1", wording = new { en = "Specialised units formed" }, objectiveId = objective, type = "Number", direction = "Increase", periodicity = "Annual" },
        });
        var outline = await api.GetFromJsonAsync<JsonElement>($"/api/v1/plans/{plan}/outline");

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var fields = (await updated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("fields");
        Assert.Equal(JsonValueKind.Null, fields.GetProperty("activityId").ValueKind);
        Assert.Equal(0, fields.GetProperty("targets").GetArrayLength());
        var lineItem = outline.GetProperty("pillars")[0].GetProperty("children")[0].GetProperty("children")[0];
        Assert.Equal((4, "Prevention 1.4"), (lineItem.GetProperty("number").GetInt32(), lineItem.GetProperty("place").GetString()));
        Assert.Equal("Prevention 1.4.1", lineItem.GetProperty("children")[0].GetProperty("place").GetString());
        Assert.Equal("Specialised units formed", outline.GetProperty("indicators")[0].GetProperty("wording").GetString());
        Assert.Equal(["indicator.create", "indicator.update"], (await scene.HistoryAsync("indicator", indicator)).Select(e => e.Action));
        Assert.Equal(scene.Coordinator.Email, (await scene.HistoryAsync("lineOfAction", line)).Single().Actor);

        using var removeActivity = await api.DeleteAsync($"/api/v1/plans/{plan}/activities/{activity}?version=0");
        Assert.Equal(HttpStatusCode.NoContent, removeActivity.StatusCode);
        using var removePillar = await api.DeleteAsync($"/api/v1/plans/{plan}/pillars/{pillar}?version=0");
        Assert.Equal(HttpStatusCode.Conflict, removePillar.StatusCode);
        Assert.Equal("This pillar still has strategic objectives (1): remove them first.",
            (await removePillar.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Theory, Providers]
    public async Task Bad_requests_are_validation_problems_with_each_field_in_the_requests_language(Provider provider)
    {
        await using var scene = await AuthoringScene.CreateAsync(provider);
        using var api = await scene.ApiAsync("es");
        var (plan, _, objective) = await scene.DraftPlanAsync(api);

        using var badPlan = await api.PostAsJsonAsync("/api/v1/plans", new { country = "zz", fields = new { code = "NAP 2", generation = 0 } });
        using var badIndicator = await api.PostAsJsonAsync($"/api/v1/plans/{plan}/indicators", new
        {
            code = "YN-1", wording = new { es = "¿Existe un protocolo?" }, objectiveId = objective, type = "YesNo", direction = "Increase",
            periodicity = "Once", targets = new[] { new { year = 2026, value = 2 } },
        });
        using var noVersion = await api.DeleteAsync($"/api/v1/plans/{plan}/objectives/{objective}");

        var planErrors = await Errors(badPlan);
        Assert.Equal("País: no existe el país «zz».", planErrors.GetProperty("country")[0].GetString());
        Assert.StartsWith("Código solo puede contener letras", planErrors.GetProperty("code")[0].GetString());
        Assert.Equal("Generación debe estar entre 1 y 99.", planErrors.GetProperty("generation")[0].GetString());
        Assert.Equal("Título: escríbalo en inglés, en español o en ambos.", planErrors.GetProperty("title")[0].GetString());
        Assert.Equal("Fila 1 de metas, valor: un indicador de sí/no lleva 1 (sí) o 0 (no).",
            (await Errors(badIndicator)).GetProperty("targets[0].value")[0].GetString());
        Assert.Equal("Versión: este dato es obligatorio.", (await Errors(noVersion)).GetProperty("version")[0].GetString());
        Assert.Equal(2, await scene.WithDbAsync(db => db.Plans.CountAsync()));
    }

    [Theory, Providers]
    public async Task Only_tokens_of_authors_may_author_focal_points_get_403_and_cookies_and_anonymous_callers_401(Provider provider)
    {
        await using var scene = await AuthoringScene.CreateAsync(provider);
        var plan = await scene.DemoPlanIdAsync();
        var focalPoint = await scene.App.CreateUserAsync(AccountRole.FocalPoint, await scene.App.OrganisationIdAsync(Avance.Domain.OrganisationKind.GovernmentAgency));
        using var focal = await scene.App.ClientWithTokenAsync(focalPoint);
        using var readOnlyCoordinator = await scene.App.ClientWithTokenAsync(scene.Coordinator, TokenScope.Read);
        using var cookie = await scene.PagesAsync();
        using var anonymous = scene.App.CreateClient();
        var body = new { parentId = (int?)null, fields = new { text = new { en = "Coordination" } } };

        Assert.Equal(HttpStatusCode.Forbidden, (await focal.PostAsJsonAsync($"/api/v1/plans/{plan}/pillars", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await focal.GetAsync($"/api/v1/plans/{plan}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await readOnlyCoordinator.PostAsJsonAsync($"/api/v1/plans/{plan}/pillars", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await cookie.PostAsJsonAsync($"/api/v1/plans/{plan}/pillars", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/plans")).StatusCode);
        Assert.Equal(4, await scene.WithDbAsync(db => db.Pillars.CountAsync(p => p.PlanId == plan)));
    }

    private static async Task<JsonElement> Errors(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
    }
}
