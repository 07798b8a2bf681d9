using System.Net;
using Avance.Domain;
using Avance.Features.Accounts;
using Avance.Tests.Features.Review;
using Avance.Tests.Infrastructure;
using Avance.Tests.Web.Downloads;
using Microsoft.EntityFrameworkCore;

namespace Avance.Tests.Features.Workspace;

/// <summary>Where sign-in lands: each kind of account sees what it has to do, on the demo's open period 2025.</summary>
public sealed class WorkspaceHomeTests
{
    [Theory, Providers]
    public async Task A_focal_point_sees_the_open_period_with_what_is_missing_and_what_came_back_and_where_to_report(Provider provider)
    {
        await using var scene = await ReviewScene.CreateAsync(provider);
        var inmujeres = await scene.WithDbAsync(db => db.Organisations
            .Where(o => o.Acronym!.Translations.Any(t => t.Value == "INMUJERES")).Select(o => o.Id).SingleAsync());
        var periodId = await scene.PeriodIdAsync("2025");
        var sedena = await scene.App.SignedInClientAsync(scene.FocalPoint);
        var institute = await scene.App.SignedInClientAsync(await scene.App.CreateUserAsync(AccountRole.FocalPoint, inmujeres));

        var sedenaHome = await PageDocument.GetAsync(sedena, "/en/workspace");
        var instituteHome = await PageDocument.GetAsync(institute, "/es/workspace");

        var task = sedenaHome.QuerySelector($"[data-section=reporting] [data-period-id='{periodId}']")!;
        Assert.Single(sedenaHome.QuerySelectorAll("[data-section=reporting] .task"));
        Assert.Equal("Indicators and activities with nothing entered yet: 1", task.QuerySelector("[data-count=missing]")!.TextContent);
        Assert.Equal("Submitted, awaiting review: 2", task.QuerySelector("[data-count=submitted]")!.TextContent);
        Assert.Equal($"/en/workspace/reporting/{periodId}", task.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("days left", task.TextContent);
        Assert.Null(sedenaHome.QuerySelector("[data-section=reviewing]"));
        var returned = instituteHome.QuerySelector($"[data-period-id='{periodId}']")!;
        Assert.Equal("Devueltos para corregir: 1", returned.QuerySelector("[data-count=returned]")!.TextContent);
        Assert.Contains("PRE-2.1", returned.QuerySelector(".returned li")!.TextContent);
        Assert.Contains("6,100 people trained, not 6,010", returned.QuerySelector(".returned li")!.TextContent);
    }

    [Theory, Providers]
    public async Task A_coordinator_sees_what_awaits_review_in_each_period_of_the_cycle(Provider provider)
    {
        await using var scene = await ReviewScene.CreateAsync(provider);
        var client = await scene.App.SignedInClientAsync(scene.Coordinator);

        var home = await PageDocument.GetAsync(client, "/en/workspace");

        var rows = home.QuerySelectorAll("table[data-table=review-tasks] tbody tr")
            .Select(r => $"{r.QuerySelector("th")!.TextContent} awaiting {r.QuerySelector("[data-count=awaiting]")!.TextContent} missing {r.QuerySelector("[data-count=missing]")!.TextContent}");
        Assert.Equal(["NAP-1325 2025 awaiting 3 missing 2", "NAP-1325 2024 awaiting 0 missing 1"], rows);
        Assert.Null(home.QuerySelector("[data-section=reporting]"));
        Assert.Null(home.QuerySelector("[data-section=administration]"));
        Assert.NotNull(home.QuerySelector("a[href='/en/workspace/periods']"));
    }

    [Theory, Providers]
    public async Task Observers_administrators_and_anonymous_visitors_each_get_their_way_in(Provider provider)
    {
        await using var scene = await ReviewScene.CreateAsync(provider);
        var civilSociety = await scene.App.OrganisationIdAsync(OrganisationKind.CivilSociety);
        var observer = await scene.App.SignedInClientAsync(await scene.App.CreateUserAsync(AccountRole.Observer, civilSociety));
        var administrator = await scene.App.SignedInClientAsync(await scene.App.CreateUserAsync(AccountRole.Administrator));
        var anonymous = scene.App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var observerHome = await PageDocument.GetAsync(observer, "/en/workspace");
        var administratorHome = await PageDocument.GetAsync(administrator, "/es/workspace");
        using var redirected = await anonymous.GetAsync("/en/workspace");

        Assert.NotNull(observerHome.QuerySelector("[data-section=assessments] a[href='/en/workspace/assessments']"));
        Assert.Null(observerHome.QuerySelector("[data-section=reviewing]"));
        Assert.Null(observerHome.QuerySelector("a[href='/en/workspace/periods']"));
        Assert.NotNull(administratorHome.QuerySelector("[data-section=administration] a[href='/es/admin/accounts']"));
        Assert.NotNull(administratorHome.QuerySelector("[data-section=reviewing]"));
        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        Assert.Equal("/en/account/login?returnUrl=%2Fen%2Fworkspace", redirected.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, (await observer.GetAsync("/en/workspace/periods")).StatusCode);
    }
}
