using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Avance.Features.Reporting;
using Avance.Tests.Infrastructure;

namespace Avance.Tests.Features.Review;

/// <summary>A period's whole life through the API with a token, each step answered with the period as it now is.</summary>
public sealed class PeriodsApiTests
{
    [Theory, Providers]
    public async Task A_period_is_created_opened_closed_and_published_with_each_version_it_is_given(Provider provider)
    {
        await using var scene = await ReviewScene.CreateAsync(provider);
        var api = await scene.App.ClientWithTokenAsync(scene.Coordinator);
        var planId = await scene.PlanIdAsync();

        using var created = await api.PostAsJsonAsync("/api/v1/periods", new { planId, label = "2027", startsOn = "2027-01-01", endsOn = "2027-12-31" });
        var period = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = period.GetProperty("id").GetInt32();
        var opened = await Step(api, $"/api/v1/periods/{id}/open", new { deadline = "2028-03-31", version = period.GetProperty("version").GetInt32() });
        var closed = await Step(api, $"/api/v1/periods/{id}/close", new { version = opened.GetProperty("version").GetInt32() });
        var published = await Step(api, $"/api/v1/periods/{id}/publish", new { version = closed.GetProperty("version").GetInt32() });
        using var again = await api.PostAsJsonAsync($"/api/v1/periods/{id}/publish", new { version = published.GetProperty("version").GetInt32() });
        var detail = await api.GetFromJsonAsync<JsonElement>($"/api/v1/periods/{id}");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/v1/periods/{id}", created.Headers.Location!.OriginalString);
        Assert.Equal(("Planned", "NAP-1325", "mx"), (period.GetProperty("state").GetString(), period.GetProperty("planCode").GetString(),
            period.GetProperty("countryIso2").GetString()));
        Assert.Equal(("Open", "2028-03-31"), (opened.GetProperty("state").GetString(), opened.GetProperty("deadline").GetString()));
        Assert.Equal("Closed", closed.GetProperty("state").GetString());
        Assert.Equal("Published", published.GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("period.cannot-publish", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(["reporting-period.create", "reporting-period.open", "reporting-period.close", "reporting-period.publish"],
            detail.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()));
    }

    [Theory, Providers]
    public async Task Bad_input_is_400_naming_the_field_and_a_stale_version_is_409(Provider provider)
    {
        await using var scene = await ReviewScene.CreateAsync(provider);
        var api = await scene.App.ClientWithTokenAsync(scene.Coordinator);
        var planId = await scene.PlanIdAsync();
        var planned = await scene.PeriodIdAsync("2026");
        var version = (await scene.PeriodAsync(planned)).Version;

        using var noLabel = await api.PostAsJsonAsync("/api/v1/periods", new { planId, label = " ", startsOn = "2027-01-01", endsOn = "2027-12-31" });
        using var unknownPlan = await api.PostAsJsonAsync("/api/v1/periods", new { planId = 999999, label = "2027", startsOn = "2027-01-01", endsOn = "2027-12-31" });
        using var early = await api.PostAsJsonAsync($"/api/v1/periods/{planned}/open", new { deadline = "2025-12-31", version });
        using var stale = await api.PostAsJsonAsync($"/api/v1/periods/{planned}/open", new { deadline = "2027-03-31", version = version - 1 });
        using var notOpen = await api.PostAsJsonAsync($"/api/v1/periods/{planned}/close", new { version });

        Assert.Equal("label", Field(await noLabel.Content.ReadFromJsonAsync<JsonElement>()));
        Assert.Equal("planId", Field(await unknownPlan.Content.ReadFromJsonAsync<JsonElement>()));
        Assert.Equal("deadline", Field(await early.Content.ReadFromJsonAsync<JsonElement>()));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("Planned", (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("currentState").GetString());
        Assert.Equal(HttpStatusCode.Conflict, notOpen.StatusCode);
        Assert.Equal("period.cannot-close", (await notOpen.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(PeriodState.Planned, (await scene.PeriodAsync(planned)).State);
        Assert.Equal(["2026", "2025", "2024", "2022", "2021"],
            (await api.GetFromJsonAsync<JsonElement>("/api/v1/periods")).EnumerateArray().Select(p => p.GetProperty("label").GetString()));
    }

    [Fact]
    public async Task Every_review_endpoint_is_described_with_a_summary()
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));

        var paths = (await app.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json")).GetProperty("paths");

        foreach (var (path, method) in new[]
                 {
                     ("/api/v1/periods", "get"), ("/api/v1/periods", "post"), ("/api/v1/periods/{id}", "get"), ("/api/v1/periods/{id}/open", "post"),
                     ("/api/v1/periods/{id}/close", "post"), ("/api/v1/periods/{id}/publish", "post"), ("/api/v1/periods/{id}/board", "get"),
                     ("/api/v1/periods/{id}/review", "get"), ("/api/v1/periods/{periodId}/indicators/{indicatorId}/approve", "post"),
                     ("/api/v1/periods/{periodId}/indicators/{indicatorId}/return", "post"), ("/api/v1/measurements/{id}/history", "get"),
                     ("/api/v1/measurements/{id}/approve", "post"), ("/api/v1/measurements/{id}/return", "post"),
                     ("/api/v1/measurements/{id}/corrections", "post"), ("/api/v1/activity-reports/{id}/approve", "post"),
                     ("/api/v1/activity-reports/{id}/return", "post"),
                 })
            Assert.False(string.IsNullOrWhiteSpace(paths.GetProperty(path).GetProperty(method).GetProperty("summary").GetString()), $"{method} {path}");
    }

    private static async Task<JsonElement> Step(HttpClient api, string address, object body)
    {
        using var response = await api.PostAsJsonAsync(address, body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{address}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The one field a ValidationProblem names.</summary>
    private static string Field(JsonElement problem) => Assert.Single(problem.GetProperty("errors").EnumerateObject()).Name;
}
