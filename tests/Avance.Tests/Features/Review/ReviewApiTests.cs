using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Avance.Features.Reporting;
using Avance.Features.Review;
using Avance.Tests.Infrastructure;
using Avance.Tests.Web.Downloads;

namespace Avance.Tests.Features.Review;

/// <summary>Review through the API with a token: the queue, decisions, their problems as ProblemDetails, conflicts as 409.</summary>
public sealed class ReviewApiTests
{
    [Theory, Providers]
    public async Task Deciding_through_the_api_answers_204_and_each_problem_with_its_status_and_field(Provider provider)
    {
        await using var scene = await ReviewScene.CreateAsync(provider);
        var api = await scene.App.ClientWithTokenAsync(scene.Coordinator);
        var female = await scene.MeasurementAsync("PAR-1.1", "2025", "sex=female");
        var male = await scene.MeasurementAsync("PAR-1.1", "2025", "sex=male");
        var draft = await scene.MeasurementAsync("PAR-4.1", "2025");

        using var approved = await api.PostAsJsonAsync($"/api/v1/measurements/{female.Id}/approve", new { version = female.Version });
        using var tooLong = await api.PostAsJsonAsync($"/api/v1/measurements/{male.Id}/return", new { version = male.Version, reason = new string('x', 2001) });
        using var noVersion = await api.PostAsJsonAsync($"/api/v1/measurements/{male.Id}/approve", new { });
        using var notSubmitted = await api.PostAsJsonAsync($"/api/v1/measurements/{draft.Id}/approve", new { version = draft.Version });
        using var unknown = await api.PostAsJsonAsync("/api/v1/measurements/999999/approve", new { version = 1 });

        Assert.Equal(HttpStatusCode.NoContent, approved.StatusCode);
        Assert.Equal(MeasurementStatus.Approved, (await scene.MeasurementAsync(female.Id)).Status);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal("The reason is longer than 2,000 characters.", (await Problem(tooLong)).GetProperty("errors").GetProperty("reason")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, noVersion.StatusCode);
        Assert.True((await Problem(noVersion)).GetProperty("errors").TryGetProperty("version", out _));
        Assert.Equal(HttpStatusCode.Conflict, notSubmitted.StatusCode);
        Assert.Equal("measurement.cannot-approve", (await Problem(notSubmitted)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(MeasurementStatus.Submitted, (await scene.MeasurementAsync(male.Id)).Status);
        Assert.Equal(MeasurementStatus.Draft, (await scene.MeasurementAsync(draft.Id)).Status);
    }

    [Theory, Providers]
    public async Task A_decision_from_an_older_version_is_409_with_the_other_decision_and_nothing_changes(Provider provider)
    {
        await using var scene = await ReviewScene.CreateAsync(provider);
        var first = await scene.App.ClientWithTokenAsync(scene.Coordinator);
        var second = await scene.App.ClientWithTokenAsync(await scene.App.CreateUserAsync(Avance.Features.Accounts.AccountRole.Administrator));
        second.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        var male = await scene.MeasurementAsync("PAR-1.1", "2025", "sex=male");

        using var returned = await first.PostAsJsonAsync($"/api/v1/measurements/{male.Id}/return", new { version = male.Version, reason = "Give the course lists." });
        using var late = await second.PostAsJsonAsync($"/api/v1/measurements/{male.Id}/approve", new { version = male.Version });

        Assert.Equal(HttpStatusCode.NoContent, returned.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        var problem = await Problem(late);
        Assert.Equal(("conflict", "Returned"), (problem.GetProperty("code").GetString(), problem.GetProperty("currentState").GetString()));
        Assert.Equal(scene.Coordinator.Email, problem.GetProperty("lastChange").GetProperty("actor").GetString());
        Assert.Equal("Give the course lists.", problem.GetProperty("lastChange").GetProperty("reason").GetString());
        Assert.Contains("devolvió el valor", problem.GetProperty("detail").GetString());
        Assert.Equal(MeasurementStatus.Returned, (await scene.MeasurementAsync(male.Id)).Status);
    }

    [Theory, Providers]
    public async Task The_queue_gives_what_awaits_review_and_decisions_on_it_empty_it(Provider provider)
    {
        await using var scene = await ReviewScene.CreateAsync(provider);
        var api = await scene.App.ClientWithTokenAsync(scene.Coordinator);
        var client = await scene.App.SignedInClientAsync(scene.Coordinator);
        var periodId = await scene.PeriodIdAsync("2025");

        var queue = await api.GetFromJsonAsync<JsonElement>($"/api/v1/periods/{periodId}/review");
        var indicator = queue.GetProperty("indicators")[0];
        var report = queue.GetProperty("activities")[0];
        var values = indicator.GetProperty("values").EnumerateArray()
            .Select(v => new { measurementId = v.GetProperty("measurementId").GetInt32(), version = v.GetProperty("version").GetInt32() }).ToList();
        using var approved = await api.PostAsJsonAsync(
            $"/api/v1/periods/{periodId}/indicators/{indicator.GetProperty("indicator").GetProperty("id").GetInt32()}/approve", new { values });
        using var returned = await api.PostAsJsonAsync($"/api/v1/activity-reports/{report.GetProperty("reportId").GetInt32()}/return",
            new { version = report.GetProperty("version").GetInt32(), reason = "Say which units were trained." });
        var after = await api.GetFromJsonAsync<JsonElement>($"/api/v1/periods/{periodId}/review");

        Assert.Equal("PAR-1.1", indicator.GetProperty("indicator").GetProperty("code").GetString());
        Assert.Equal(["sex=female", "sex=male"], indicator.GetProperty("values").EnumerateArray().Select(v => v.GetProperty("disaggregation").GetString()));
        Assert.Equal(("1.3.1", "Completed"), (report.GetProperty("code").GetString(), report.GetProperty("status").GetString()));
        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NoContent), (approved.StatusCode, returned.StatusCode));
        Assert.Empty(after.GetProperty("indicators").EnumerateArray());
        Assert.Empty(after.GetProperty("activities").EnumerateArray());
        var reportPage = await PageDocument.GetAsync(client, $"/en/workspace/review/activity-reports/{report.GetProperty("reportId").GetInt32()}");
        Assert.Contains("Say which units were trained.", reportPage.QuerySelector("dl.definition")!.TextContent);
        Assert.Equal("Returned", reportPage.QuerySelector("dd .review-state")!.GetAttribute("data-state"));
        var history = await scene.HistoryAsync(ReviewItems.ActivityReport, report.GetProperty("reportId").GetInt32());
        Assert.Equal(("activity-report.return", "Say which units were trained."), (history.Single().Action, history.Single().Reason));
    }

    private static async Task<JsonElement> Problem(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
