using System.Net;
using System.Net.Http.Json;
using Avance.Tests.Infrastructure;

namespace Avance.Tests.Features.Assessments;

public sealed class WorkspaceTests
{
    [Theory, Providers]
    public async Task List_ShowsAnObserverTheirOrganisationsAssessments_AndTheCoordinatorEveryOneNewestFirst(Provider provider)
    {
        await using var scene = await AssessmentScene.CreateAsync(provider);
        var own = await scene.FileOfficersAsync();
        var other = await scene.FileAsync(new { subject = "Indicator", subjectId = scene.ShareId, rating = "Achieved", language = "en",
            narrative = "The share of women reached 30 %." }, scene.OtherObserver);

        var observers = await (await scene.App.SignedInClientAsync(scene.Observer)).GetStringAsync("/en/workspace/assessments");
        var coordinators = await (await scene.App.SignedInClientAsync(scene.Coordinator)).GetStringAsync("/en/workspace/assessments");

        Assert.Contains($"data-assessment=\"{own}\"", observers);
        Assert.DoesNotContain($"data-assessment=\"{other}\"", observers);
        Assert.Contains("href=\"/en/workspace/assessments/new\"", observers);
        Assert.True(coordinators.IndexOf($"data-assessment=\"{other}\"", StringComparison.Ordinal)
            < coordinators.IndexOf($"data-assessment=\"{own}\"", StringComparison.Ordinal));
        Assert.DoesNotContain("href=\"/en/workspace/assessments/new\"", coordinators);
        Assert.Contains("Indicator PAR-1.1 · Officers of the security institutions trained", coordinators);
        Assert.Contains("Public · 0 replies", coordinators);
    }

    [Theory, Providers]
    public async Task Detail_IsForTheAuthorsOrganisation_TheCoordinatorAndAdministrators_AndOffersOnlyTheirActions(Provider provider)
    {
        await using var scene = await AssessmentScene.CreateAsync(provider);
        var id = await scene.FileOfficersAsync();
        var url = $"/en/workspace/assessments/{id}";
        using var coordinatorsToken = await scene.App.ClientWithTokenAsync(scene.Coordinator);
        (await coordinatorsToken.PostAsJsonAsync($"/api/v1/assessments/{id}/replies", new { version = 0, text = "Noted.", language = "en" })).Dispose();

        async Task<(HttpStatusCode Status, string Page)> Open(Avance.Features.Accounts.AvanceUser user)
        {
            using var client = await scene.App.SignedInClientAsync(user);
            using var response = await client.GetAsync(url);
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }

        var observer = await Open(scene.Observer);
        var coordinator = await Open(scene.Coordinator);
        var administrator = await Open(scene.Administrator);

        Assert.Equal(HttpStatusCode.OK, observer.Status);
        Assert.Contains(scene.Observer.Email!, observer.Page);
        Assert.DoesNotContain(scene.Coordinator.Email!, observer.Page);
        Assert.Contains("The plan's coordination", WebUtility.HtmlDecode(observer.Page));
        Assert.DoesNotContain($"{url}/reply", observer.Page);
        Assert.DoesNotContain($"{url}/hide", observer.Page);
        Assert.Contains($"{url}/reply", coordinator.Page);
        Assert.DoesNotContain($"{url}/hide", coordinator.Page);
        Assert.Contains($"{url}/hide", administrator.Page);
        Assert.Contains(scene.Coordinator.Email!, administrator.Page);
        Assert.Equal(HttpStatusCode.Forbidden, (await Open(scene.OtherObserver)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await Open(scene.FocalPoint)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await (await scene.App.SignedInClientAsync(scene.Coordinator)).GetAsync("/en/workspace/assessments/999999")).StatusCode);
    }

    [Theory]
    [InlineData("en", "es")]
    [InlineData("es", "en")]
    public async Task WorkspacePages_AreWhollyInTheirLanguage(string language, string other)
    {
        await using var scene = await AssessmentScene.CreateAsync(Provider.Sqlite);
        var id = await scene.FileOfficersAsync();
        var spanishOnly = other == "es" ? "Evaluaciones de la sociedad civil" : "Civil-society assessments";
        using var observer = await scene.App.SignedInClientAsync(scene.Observer);
        using var administrator = await scene.App.SignedInClientAsync(scene.Administrator);

        var pages = new[]
        {
            await observer.GetStringAsync($"/{language}/workspace/assessments"),
            await observer.GetStringAsync($"/{language}/workspace/assessments/new"),
            await administrator.GetStringAsync($"/{language}/workspace/assessments/{id}"),
            await administrator.GetStringAsync($"/{language}/workspace/assessments/{id}/reply"),
            await administrator.GetStringAsync($"/{language}/workspace/assessments/{id}/hide"),
        };

        foreach (var page in pages)
        {
            Assert.Contains($"<html lang=\"{language}\"", page);
            Assert.DoesNotContain("⟦", page);
            Assert.DoesNotContain(spanishOnly, page);
        }
    }
}
