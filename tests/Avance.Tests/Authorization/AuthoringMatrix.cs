using System.Net.Http.Json;
using Avance.Domain;
using Avance.Features.Indicators;
using Avance.Features.Plans;
using Avance.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Avance.Tests.Authorization;

/// <summary>Plan authoring, publishing and the next plan: coordinators and administrators only, through pages and the API.</summary>
public sealed class AuthoringMatrix : IMatrixArea
{
    private static readonly IReadOnlySet<Actor> Authors = Actors.Only(Actor.Administrator, Actor.Coordinator);

    public IEnumerable<MatrixEntry> Entries =>
    [
        Page("{lang}/workspace/plans/new", _ => "/en/workspace/plans/new", d => Plan(d, "Form.Country", "mx")),
        Page("{lang}/workspace/plans/{planId}/edit", d => $"/en/workspace/plans/{d.Plan}/edit", d => Plan(d, "Version", "0")),
        Page("{lang}/workspace/plans/{planId}/{level}/new", d => $"/en/workspace/plans/{d.Plan}/objectives/new?parentId={d.Pillar}",
            _ => new() { ["ParentId"] = "0", ["Form.Text.En"] = "An objective" }),
        Page("{lang}/workspace/plans/{planId}/{level}/{itemId}", d => $"/en/workspace/plans/{d.Plan}/activities/{d.Activity}",
            _ => new() { ["Version"] = "0", ["Form.Number"] = "1", ["Form.Text.En"] = "A renamed activity" }),
        Page("{lang}/workspace/plans/{planId}/indicators/new", d => $"/en/workspace/plans/{d.Plan}/indicators/new", d => Indicator(d, "NEW-1")),
        Page("{lang}/workspace/plans/{planId}/indicators/{indicatorId}", d => $"/en/workspace/plans/{d.Plan}/indicators/{d.Indicator}",
            d => new(Indicator(d, "I-1")) { ["Version"] = "0" }),
        Page("{lang}/workspace/plans/{planId}/publish", d => $"/en/workspace/plans/{d.Plan}/publish", _ => new() { ["Number"] = "1", ["Language"] = "en" }),
        Page("{lang}/workspace/plans/{planId}/next-generation", d => $"/en/workspace/plans/{d.Plan}/next-generation",
            d => new() { ["NewCode"] = d.Code + "-NEXT" }),

        Api("POST", "api/v1/plans/", (client, d) => client.PostAsJsonAsync("/api/v1/plans",
            new { country = "mx", fields = new { code = d.Code + "-API", generation = 1, title = new { en = "A plan" } } })),
        Api("PUT", "api/v1/plans/{planId}", (client, d) => client.PutAsJsonAsync($"/api/v1/plans/{d.Plan}",
            new { version = 0, fields = new { code = d.Code, generation = 1, title = new { en = "A renamed plan" } } })),
        Api("POST", "api/v1/plans/{planId}/{level}", (client, d) => client.PostAsJsonAsync($"/api/v1/plans/{d.Plan}/lines-of-action",
            new { parentId = d.Objective, fields = new { text = new { en = "A line of action" } } })),
        Api("PUT", "api/v1/plans/{planId}/{level}/{itemId}", (client, d) => client.PutAsJsonAsync($"/api/v1/plans/{d.Plan}/pillars/{d.Pillar}",
            new { version = 0, fields = new { number = 1, text = new { en = "A renamed pillar" } } })),
        Api("DELETE", "api/v1/plans/{planId}/{level}/{itemId}", (client, d) => client.DeleteAsync($"/api/v1/plans/{d.Plan}/activities/{d.Activity}?version=0")),
        Api("POST", "api/v1/plans/{planId}/{level}/{itemId}/move", (client, d) => client.PostAsJsonAsync(
            $"/api/v1/plans/{d.Plan}/pillars/{d.Pillar}/move", new { version = 0, direction = "Down" })),
        Api("POST", "api/v1/plans/{planId}/indicators", (client, d) => client.PostAsJsonAsync($"/api/v1/plans/{d.Plan}/indicators", IndicatorBody(d, "NEW-1"))),
        Api("PUT", "api/v1/plans/{planId}/indicators/{indicatorId}", (client, d) => client.PutAsJsonAsync(
            $"/api/v1/plans/{d.Plan}/indicators/{d.Indicator}", new { version = 0, fields = IndicatorBody(d, "I-1") })),
        Api("DELETE", "api/v1/plans/{planId}/indicators/{indicatorId}", (client, d) => client.DeleteAsync($"/api/v1/plans/{d.Plan}/indicators/{d.Indicator}?version=0")),
        Api("POST", "api/v1/plans/{planId}/versions", (client, d) => client.PostAsJsonAsync($"/api/v1/plans/{d.Plan}/versions", new { changeNote = "First" })),
        Api("POST", "api/v1/plans/{planId}/next-generation", (client, d) => client.PostAsJsonAsync($"/api/v1/plans/{d.Plan}/next-generation",
            new { code = d.Code + "-NEXT" })),
    ];

    private static MatrixEntry Page(string route, Func<Draft, string> url, Func<Draft, Dictionary<string, string>> fields) =>
        new("POST", route, Channel.Page, Authors, async (scene, client) =>
        {
            var draft = await DraftAsync(scene);
            return await client.PostFormAsync(url(draft), fields(draft));
        });

    private static MatrixEntry Api(string method, string route, Func<HttpClient, Draft, Task<HttpResponseMessage>> send) =>
        new(method, route, Channel.Api, Authors, async (scene, client) => await send(client, await DraftAsync(scene)));

    private static Dictionary<string, string> Plan(Draft draft, string name, string value) => new()
    {
        [name] = value, ["Form.Code"] = draft.Code + "-FORM", ["Form.Generation"] = "1", ["Form.Title.En"] = "A plan",
    };

    private static Dictionary<string, string> Indicator(Draft draft, string code) => new()
    {
        ["Form.Code"] = code, ["Form.Wording.En"] = "Units trained", ["Form.ObjectiveId"] = draft.Objective.ToString(),
        ["Form.Type"] = "Number", ["Form.Direction"] = "Increase", ["Form.Periodicity"] = "Annual",
    };

    private static object IndicatorBody(Draft draft, string code) => new
    {
        code, wording = new { en = "Units trained" }, objectiveId = draft.Objective, type = "Number", direction = "Increase", periodicity = "Annual",
    };

    /// <summary>A draft plan of its own for each call — the country's latest, so it can be continued — with one item at every level and an indicator.</summary>
    private static Task<Draft> DraftAsync(MatrixScene scene) => scene.WithDbAsync(async db =>
    {
        var country = await db.Countries.Select(c => c.Id).FirstAsync();
        var code = "M-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var activity = new Activity { Number = 1, Statement = LocalizedText.Of("An activity", "Una actividad") };
        var line = new LineOfAction { Number = 1, Statement = LocalizedText.Of("A line of action", "Una línea de acción") };
        line.Activities.Add(activity);
        var objective = new StrategicObjective { Number = 1, Statement = LocalizedText.Of("An objective", "Un objetivo") };
        objective.LinesOfAction.Add(line);
        var pillar = new Pillar { Number = 1, Name = LocalizedText.Of("Prevention", "Prevención") };
        pillar.Objectives.Add(objective);
        var plan = new Plan
        {
            CountryId = country, Generation = await db.Plans.MaxAsync(p => p.Generation) + 1, Code = code,
            Title = LocalizedText.Of("A matrix plan", "Un plan de la matriz"), Timeframe = new PlanTimeframe(), BudgetArrangement = BudgetArrangement.NotStated,
        };
        plan.Pillars.Add(pillar);
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        var indicator = new Indicator
        {
            PlanId = plan.Id, ObjectiveId = objective.Id, Code = "I-1", Wording = LocalizedText.Of("Units trained", "Unidades capacitadas"),
            Type = IndicatorType.Number, Direction = IndicatorDirection.Increase, Periodicity = Periodicity.Annual,
        };
        db.Indicators.Add(indicator);
        await db.SaveChangesAsync();
        return new Draft(plan.Id, code, pillar.Id, objective.Id, activity.Id, indicator.Id);
    });

    private sealed record Draft(int Plan, string Code, int Pillar, int Objective, int Activity, int Indicator);
}
