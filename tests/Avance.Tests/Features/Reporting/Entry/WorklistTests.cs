using System.Net;
using Avance.Tests.Infrastructure;

namespace Avance.Tests.Features.Reporting.Entry;

public sealed class WorklistTests
{
    [Theory, Providers]
    public async Task A_focal_point_sees_their_organisations_indicators_and_activities_with_where_each_stands(Provider provider)
    {
        await using var scene = await ReportingScene.CreateAsync(provider);
        await scene.RecordAsync(scene.Officers, ("", 119m));
        using var client = await scene.App.SignedInClientAsync(scene.FocalPoint);

        var html = await client.GetStringAsync(scene.Page("es"));

        Assert.Matches("data-indicator=\"PAR-1.1\"[\\s\\S]*?<td>Borrador</td>", html);
        Assert.Matches("data-indicator=\"PAR-1.2\"[\\s\\S]*?<td>Sin iniciar</td>", html);
        Assert.DoesNotContain("PRE-2.1", html, StringComparison.Ordinal);
        Assert.Contains("data-activity=\"1.3.1.1\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"organisation\"", html, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task A_coordinator_sees_every_organisation_or_chooses_one(Provider provider)
    {
        await using var scene = await ReportingScene.CreateAsync(provider);
        using var client = await scene.App.SignedInClientAsync(scene.Coordinator);

        var all = await client.GetStringAsync(scene.Page());
        var inmujeres = await client.GetStringAsync($"{scene.Page()}?organisation={scene.Inmujeres}");

        Assert.Contains("<option value=\"" + scene.Inmujeres + "\">INMUJERES</option>", all, StringComparison.Ordinal);
        Assert.Contains("data-indicator=\"PAR-4.1\"", all, StringComparison.Ordinal);
        Assert.Contains("data-indicator=\"PRE-2.1\"", inmujeres, StringComparison.Ordinal);
        Assert.DoesNotContain("data-indicator=\"PAR-1.1\"", inmujeres, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Open_periods_are_listed_and_an_observer_may_not_report(Provider provider)
    {
        await using var scene = await ReportingScene.CreateAsync(provider);
        using var focalPoint = await scene.App.SignedInClientAsync(scene.FocalPoint);
        using var observer = await scene.App.SignedInClientAsync(scene.Observer);

        var periods = await focalPoint.GetStringAsync("/en/workspace/reporting");
        using var refused = await observer.GetAsync(scene.Page());

        Assert.Contains($"href=\"{scene.Page()}\"", periods, StringComparison.Ordinal);
        Assert.DoesNotContain(">Reporting for NAP-1325, 2021<", periods, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }
}
