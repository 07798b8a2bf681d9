using System.Net;
using System.Text.Json;
using Avance.Features.Plans;
using Avance.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Avance.Tests.Features.Authoring;

public sealed class PlanFormTests
{
    private static Dictionary<string, string> NewPlan(string code) => new()
    {
        ["Form.Country"] = "mx", ["Form.Code"] = code, ["Form.Generation"] = "2",
        ["Form.Title.En"] = "Second national action plan", ["Form.Title.Es"] = "Segundo plan nacional de acción",
        ["Form.StartYear"] = "2025", ["Form.EndYear"] = "2030", ["Form.AdoptedOn"] = "2025-03-08",
        ["Form.CivilSocietyInDevelopment"] = "Yes", ["Form.CivilSocietyInImplementation"] = "Partly",
        ["Form.BudgetArrangement"] = "DedicatedBudget", ["Form.BudgetAmount"] = "1500000.50", ["Form.BudgetCurrency"] = "mxn",
        ["Form.CoversDisarmament"] = "true",
    };

    [Theory, Providers]
    public async Task A_coordinator_creates_a_draft_plan_through_the_form_and_the_creation_is_audited(Provider provider)
    {
        await using var scene = await AuthoringScene.CreateAsync(provider);
        using var client = await scene.PagesAsync();
        var fields = NewPlan("NAP-2");
        fields["Form.LeadOrganisations"] = (await scene.App.OrganisationIdAsync(Avance.Domain.OrganisationKind.GovernmentAgency)).ToString();

        using var response = await client.PostFormAsync("/en/workspace/plans/new", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var plan = await scene.WithDbAsync(db => db.Plans.Include(p => p.Title).Include(p => p.Organisations).SingleAsync(p => p.Code == "NAP-2"));
        Assert.Equal($"/en/workspace/plans/{plan.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal(("Segundo plan nacional de acción", 2, 2030, 1500000.50m, "MXN"),
            (plan.Title.In("es"), plan.Generation, plan.Timeframe.EndYear, plan.BudgetAmount, plan.BudgetCurrency));
        Assert.Equal(PlanRole.Lead, Assert.Single(plan.Organisations).Role);
        var entry = Assert.Single(await scene.HistoryAsync("plan", plan.Id));
        Assert.Equal(("plan.create", scene.Coordinator.Email, null), (entry.Action, entry.Actor, entry.Before));
        Assert.Equal("NAP-2", JsonDocument.Parse(entry.After!).RootElement.GetProperty("code").GetString());

        var workspace = await client.GetStringAsync($"/en/workspace/plans/{plan.Id}");
        Assert.Contains("The plan was created as a draft.", workspace);
        Assert.Contains("data-state=\"draft\"", workspace);
    }

    [Theory, Providers]
    public async Task Wrong_fields_are_explained_field_by_field_in_the_pages_language_and_nothing_is_saved(Provider provider)
    {
        await using var scene = await AuthoringScene.CreateAsync(provider);
        using var client = await scene.PagesAsync();
        var fields = NewPlan("NAP-1325");
        fields["Form.StartYear"] = "dos mil";
        fields["Form.Title.En"] = "";
        fields["Form.Title.Es"] = " ";

        using var unreadable = await client.PostFormAsync("/es/workspace/plans/new", fields);
        var spanish = await unreadable.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, unreadable.StatusCode);
        Assert.Contains("Año de inicio: «dos mil» no es un número entero.", spanish);
        Assert.Contains("id=\"f-StartYear\" name=\"Form.StartYear\" value=\"dos mil\"", spanish);
        Assert.Contains("aria-invalid=\"true\" aria-describedby=\"f-StartYear-problem\"", spanish);

        fields["Form.StartYear"] = "2031";
        using var invalid = await client.PostFormAsync("/en/workspace/plans/new", fields);
        var english = await invalid.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("Code: another plan of this country already has the code “NAP-1325”.", english);
        Assert.Contains("Title: write it in English, Spanish or both.", english);
        Assert.Contains("End year cannot be before the start year (2031).", english);
        Assert.Contains("href=\"#f-Title\"", english);
        Assert.Equal(1, await scene.WithDbAsync(db => db.Plans.CountAsync()));
    }

    [Theory, Providers]
    public async Task Editing_a_plan_keeps_other_languages_records_before_and_after_and_raises_its_version(Provider provider)
    {
        await using var scene = await AuthoringScene.CreateAsync(provider);
        var planId = await scene.DemoPlanIdAsync();
        using var client = await scene.PagesAsync();
        var form = await client.GetStringAsync($"/en/workspace/plans/{planId}/edit");
        Assert.Contains("name=\"Form.Code\" value=\"NAP-1325\"", form);
        Assert.Contains("name=\"Version\" value=\"0\"", form);

        using var saved = await FormFields.SubmitAsync(client, $"/en/workspace/plans/{planId}/edit", f => f["Form.Title.Es"] = "Plan Nacional de Acción 1325");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var plan = await scene.WithDbAsync(db => db.Plans.Include(p => p.Title).Include(p => p.Purpose).SingleAsync(p => p.Id == planId));
        Assert.Equal(1, plan.Version);
        Assert.Equal(6, await scene.WithDbAsync(db => db.PlanOrganisations.CountAsync(o => o.PlanId == planId)));
        Assert.Equal("Plan Nacional de Acción 1325", plan.Title.In("es"));
        Assert.StartsWith("National Action Plan for the follow-up", plan.Title.In("en"));
        Assert.StartsWith("Impulsar la participación sustantiva", plan.Purpose!.In("es"));
        var entry = Assert.Single(await scene.HistoryAsync("plan", planId));
        Assert.StartsWith("Plan Nacional de Acción para el seguimiento", SpanishTitle(entry.Before));
        Assert.Equal("Plan Nacional de Acción 1325", SpanishTitle(entry.After));
        Assert.Contains("<td>Title</td>", await client.GetStringAsync($"/en/workspace/plans/{planId}/edit"));
    }

    private static string? SpanishTitle(string? json) => JsonDocument.Parse(json!).RootElement.GetProperty("title").GetProperty("es").GetString();
}
