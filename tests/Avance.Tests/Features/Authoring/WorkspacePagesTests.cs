using System.Net;
using Avance.Features.Accounts;
using Avance.Tests.Infrastructure;

namespace Avance.Tests.Features.Authoring;

public sealed class WorkspacePagesTests
{
    [Theory, Providers]
    public async Task Every_workspace_page_renders_in_both_languages_with_no_missing_text(Provider provider)
    {
        await using var scene = await AuthoringScene.CreateAsync(provider);
        var plan = await scene.DemoPlanIdAsync();
        var (objective, activity, indicator) = await scene.WithDbAsync(async db => (
            db.StrategicObjectives.Where(o => o.Number == 3).Select(o => o.Id).First(),
            db.Activities.Select(a => a.Id).First(),
            db.Indicators.Where(i => i.Code == "PAR-4.1").Select(i => i.Id).First()));
        await Task.CompletedTask;
        using var client = await scene.PagesAsync();
        string[] paths =
        [
            "workspace/plans", "workspace/plans/new", $"workspace/plans/{plan}", $"workspace/plans/{plan}/edit",
            $"workspace/plans/{plan}/pillars/new", $"workspace/plans/{plan}/lines-of-action/new?parentId={objective}",
            $"workspace/plans/{plan}/objectives/{objective}", $"workspace/plans/{plan}/activities/{activity}",
            $"workspace/plans/{plan}/indicators/new", $"workspace/plans/{plan}/indicators/{indicator}",
            $"workspace/plans/{plan}/publish", $"workspace/plans/{plan}/next-generation",
            "countries/mx/plans/NAP-1325/versions", "countries/mx/plans/NAP-1325/versions/1",
        ];

        foreach (var language in new[] { "en", "es" })
            foreach (var path in paths)
            {
                using var response = await client.GetAsync($"/{language}/{path}");
                var page = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"/{language}/{path}: {(int)response.StatusCode}");
                Assert.Contains($"<html lang=\"{language}\"", page);
                Assert.DoesNotContain("⟦", page);
            }
    }

    [Theory, Providers]
    public async Task Focal_points_and_observers_are_refused_and_anonymous_readers_sent_to_sign_in(Provider provider)
    {
        await using var scene = await AuthoringScene.CreateAsync(provider);
        var plan = await scene.DemoPlanIdAsync();
        var agency = await scene.App.OrganisationIdAsync(Avance.Domain.OrganisationKind.GovernmentAgency);
        var civilSociety = await scene.App.OrganisationIdAsync(Avance.Domain.OrganisationKind.CivilSociety);

        foreach (var user in new[] { await scene.App.CreateUserAsync(AccountRole.FocalPoint, agency), await scene.App.CreateUserAsync(AccountRole.Observer, civilSociety) })
        {
            using var client = await scene.App.SignedInClientAsync(user);
            using var list = await client.GetAsync("/en/workspace/plans");
            using var edit = await client.GetAsync($"/es/workspace/plans/{plan}/edit");
            Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        }
        using var anonymous = scene.App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var refused = await anonymous.GetAsync($"/en/workspace/plans/{plan}");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/en/account/login?returnUrl=", refused.Headers.Location?.OriginalString);
    }
}
