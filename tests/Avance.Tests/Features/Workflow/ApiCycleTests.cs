using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Avance.Data;
using Avance.Domain;
using Avance.Features.Accounts;
using Avance.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Avance.Tests.Features.Workflow;

/// <summary>
/// One monitoring cycle done entirely through the JSON API, each person with a personal access token scoped to their
/// part: the coordinator creates and opens a period; a SEDENA focal point saves and submits the share of women among
/// trained officers; the coordinator returns it with a reason; the focal point reads the reason, corrects and
/// resubmits; the coordinator approves, closes and publishes; the public API shows the figure; an observer of WILPF
/// Mexico files an assessment, the coordinator replies, and the public API shows both.
/// </summary>
public sealed class ApiCycleTests
{
    private const string Plan = "/api/v1/countries/mx/plans/NAP-1325";
    private const string Indicator = "PAR-1.2";

    [Theory, Providers]
    public async Task A_value_goes_from_entry_through_return_and_approval_to_the_public_api_and_an_assessment_is_filed_and_answered_beside_it(
        Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        app.CreateClient().Dispose();
        var sedena = await OrganisationIdAsync(app, "SEDENA");
        var civilSociety = await app.OrganisationIdAsync(OrganisationKind.CivilSociety);
        var (planId, indicatorId) = await WithDbAsync(app, async db => (
            await db.Plans.Where(p => p.Code == "NAP-1325").Select(p => p.Id).SingleAsync(),
            await db.Indicators.Where(i => i.Code == Indicator).Select(i => i.Id).SingleAsync()));
        using var coordinator = await app.ClientWithTokenAsync(await app.CreateUserAsync(AccountRole.Coordinator),
            TokenScope.Read | TokenScope.Review | TokenScope.Assess);
        using var focalPoint = await app.ClientWithTokenAsync(await app.CreateUserAsync(AccountRole.FocalPoint, sedena),
            TokenScope.Read | TokenScope.Report);
        focalPoint.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        using var observer = await app.ClientWithTokenAsync(await app.CreateUserAsync(AccountRole.Observer, civilSociety), TokenScope.Assess);
        using var visitor = app.CreateClient();

        // Read before publication, so the public cache holds the page without 2023: publishing must make it stale.
        Assert.DoesNotContain("2023", Periods(await visitor.GetFromJsonAsync<JsonElement>($"{Plan}/indicators/{Indicator}")));

        var period = await Json(await coordinator.PostAsJsonAsync("/api/v1/periods",
            new { planId, label = "2023", startsOn = "2023-01-01", endsOn = "2023-12-31" }), HttpStatusCode.Created);
        var periodId = period.GetProperty("id").GetInt32();
        period = await Json(await coordinator.PostAsJsonAsync($"/api/v1/periods/{periodId}/open",
            new { deadline = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30), version = Version(period) }));
        Assert.Equal("Open", period.GetProperty("state").GetString());

        var saved = await Json(await focalPoint.PutAsJsonAsync($"/api/v1/reporting/{periodId}/indicators/{indicatorId}", new
        {
            values = new[] { new { combination = "", value = 43m, version = (int?)null } },
            narrative = new { en = "Share of women among the officers trained in 2023.", es = "Porcentaje de mujeres entre los oficiales capacitados en 2023." },
            newSource = new { title = "Training report 2023", url = "https://example.org/training-report-2023" },
            sourceDate = "2024-02-15",
        }));
        Assert.Equal("Draft", saved.GetProperty("state").GetString());
        var submitted = await Json(await focalPoint.PostAsJsonAsync($"/api/v1/reporting/{periodId}/indicators/{indicatorId}/submit", new { }));
        Assert.Equal("Submitted", submitted.GetProperty("state").GetString());

        const string reason = "Give the training report's own figure, with one decimal.";
        using (var returned = await coordinator.PostAsJsonAsync($"/api/v1/periods/{periodId}/indicators/{indicatorId}/return",
                   new { values = await SeenValuesAsync(coordinator, periodId, indicatorId), reason }))
            Assert.Equal(HttpStatusCode.NoContent, returned.StatusCode);

        var sheet = await focalPoint.GetFromJsonAsync<JsonElement>($"/api/v1/reporting/{periodId}");
        var entry = sheet.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("indicatorId").GetInt32() == indicatorId);
        var total = entry.GetProperty("combinations")[0];
        Assert.Equal(("Returned", reason), (entry.GetProperty("state").GetString(), total.GetProperty("returnReason").GetString()));
        Assert.All(sheet.GetProperty("indicators").EnumerateArray(), i => Assert.Equal(sedena, i.GetProperty("organisationId").GetInt32()));

        await Json(await focalPoint.PutAsJsonAsync($"/api/v1/reporting/{periodId}/indicators/{indicatorId}",
            new { values = new[] { new { combination = "", value = 42.7m, version = (int?)total.GetProperty("version").GetInt32() } } }));
        var resubmitted = await Json(await focalPoint.PostAsJsonAsync($"/api/v1/reporting/{periodId}/indicators/{indicatorId}/submit", new { }));
        Assert.Equal("Submitted", resubmitted.GetProperty("state").GetString());
        Assert.Equal(42.7m, resubmitted.GetProperty("combinations")[0].GetProperty("value").GetDecimal());

        using (var approved = await coordinator.PostAsJsonAsync($"/api/v1/periods/{periodId}/indicators/{indicatorId}/approve",
                   new { values = await SeenValuesAsync(coordinator, periodId, indicatorId) }))
            Assert.Equal(HttpStatusCode.NoContent, approved.StatusCode);
        var board = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/periods/{periodId}/board");
        Assert.Contains(Indicator, board.GetRawText());

        period = await Json(await coordinator.PostAsJsonAsync($"/api/v1/periods/{periodId}/close", new { version = Version(period) }));
        period = await Json(await coordinator.PostAsJsonAsync($"/api/v1/periods/{periodId}/publish", new { version = Version(period) }));
        Assert.Equal("Published", period.GetProperty("state").GetString());

        var published = await visitor.GetFromJsonAsync<JsonElement>($"{Plan}/indicators/{Indicator}");
        Assert.Equal(["2021", "2022", "2023"], Periods(published));
        var value = published.GetProperty("values").EnumerateArray().Single(v => v.GetProperty("period").GetString() == "2023");
        Assert.Equal(42.7m, value.GetProperty("value").GetDecimal());
        Assert.Equal("Share of women among the officers trained in 2023.", value.GetProperty("narrative").GetString());

        var filed = await Json(await observer.PostAsJsonAsync("/api/v1/assessments", new
        {
            subject = "Indicator", subjectId = indicatorId, periodId, rating = "SomeProgress", ownValue = 38,
            narrative = "The attendance lists we checked give a lower share of women than the official figure.", language = "en",
            sources = "Attendance lists of the 2023 courses.",
        }), HttpStatusCode.Created);
        var assessmentId = filed.GetProperty("id").GetInt32();
        await Json(await coordinator.PostAsJsonAsync($"/api/v1/assessments/{assessmentId}/replies",
            new { version = 0, text = "The official figure counts the naval academy's courses too; the lists are on request.", language = "en" }));

        var assessments = await visitor.GetFromJsonAsync<JsonElement>($"{Plan}/assessments?subject=Indicator&subjectId={indicatorId}");
        var shown = Assert.Single(assessments.GetProperty("items").EnumerateArray());
        Assert.Equal(assessmentId, shown.GetProperty("id").GetInt32());
        Assert.Equal(("SomeProgress", "2023", 38m), (shown.GetProperty("rating").GetString(), shown.GetProperty("period").GetString(),
            shown.GetProperty("ownValue").GetDecimal()));
        Assert.Equal("The official figure counts the naval academy's courses too; the lists are on request.",
            Assert.Single(shown.GetProperty("replies").EnumerateArray()).GetProperty("text").GetString());
    }

    private static async Task<object[]> SeenValuesAsync(HttpClient coordinator, int periodId, int indicatorId)
    {
        var queue = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/periods/{periodId}/review");
        var indicator = queue.GetProperty("indicators").EnumerateArray()
            .Single(i => i.GetProperty("indicator").GetProperty("id").GetInt32() == indicatorId);
        return [.. indicator.GetProperty("values").EnumerateArray()
            .Select(v => new { measurementId = v.GetProperty("measurementId").GetInt32(), version = v.GetProperty("version").GetInt32() })];
    }

    private static string[] Periods(JsonElement indicator) =>
        [.. indicator.GetProperty("values").EnumerateArray().Select(v => v.GetProperty("period").GetString()!).Distinct()];

    private static int Version(JsonElement period) => period.GetProperty("version").GetInt32();

    /// <summary>The body of a successful answer; on any other status, fails with the problem the API gave.</summary>
    private static async Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered "
                + $"{(int)response.StatusCode}: {body}");
            return JsonDocument.Parse(body).RootElement.Clone();
        }
    }

    private static Task<int> OrganisationIdAsync(AvanceApp app, string acronym) =>
        WithDbAsync(app, db => db.Organisations.Where(o => o.Acronym!.Translations.Any(t => t.Value == acronym)).Select(o => o.Id).SingleAsync());

    private static async Task<T> WithDbAsync<T>(AvanceApp app, Func<AvanceDb, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AvanceDb>());
    }
}
