using System.Net;
using AngleSharp.Html.Parser;
using Avance.Features.Reporting;
using Avance.Features.Review;
using Avance.Tests.Infrastructure;
using Avance.Tests.Web.Downloads;

namespace Avance.Tests.Features.Review;

/// <summary>The coordinator's periods in the browser: create, open, close, publish — and publication as the public sees it.</summary>
public sealed class PeriodPageTests
{
    private const string NewPeriod = "/en/workspace/periods/new";
    private const string PublicIndicator = "/en/countries/mx/plans/NAP-1325/indicators/PAR-1.1";

    [Fact]
    public async Task Creating_a_period_says_what_is_wrong_with_each_field_and_keeps_what_was_typed()
    {
        await using var scene = await ReviewScene.CreateAsync(Provider.Sqlite);
        var client = await scene.App.SignedInClientAsync(scene.Coordinator);
        var plan = (await scene.PlanIdAsync()).ToString();

        var taken = await Post(client, NewPeriod, new() { ["PlanId"] = plan, ["Label"] = "2024", ["StartsOn"] = "2027-01-01", ["EndsOn"] = "2027-12-31" });
        var reversed = await Post(client, NewPeriod, new() { ["PlanId"] = plan, ["Label"] = "2027", ["StartsOn"] = "2027-12-31", ["EndsOn"] = "2027-01-01" });
        var noStart = await Post(client, "/es/workspace/periods/new", new() { ["PlanId"] = plan, ["Label"] = "2027", ["StartsOn"] = "", ["EndsOn"] = "2027-12-31" });

        Assert.Equal("The plan already has a period with this label.", taken.Problem("label"));
        Assert.Equal("2024", taken.Html.QuerySelector("#label")!.GetAttribute("value"));
        Assert.Equal("2027-01-01", taken.Html.QuerySelector("#startsOn")!.GetAttribute("value"));
        Assert.Equal("The period ends before it starts.", reversed.Problem("endsOn"));
        Assert.Equal("Indique la fecha en que comienza el periodo, como año-mes-día.", noStart.Problem("startsOn"));
        Assert.All(new[] { taken, reversed, noStart }, page => Assert.Equal(HttpStatusCode.BadRequest, page.Status));

        using var created = await client.PostFormAsync(NewPeriod, new() { ["PlanId"] = plan, ["Label"] = " 2027 ", ["StartsOn"] = "2027-01-01", ["EndsOn"] = "2027-12-31" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var periodId = await scene.PeriodIdAsync("2027");
        Assert.Equal($"/en/workspace/periods/{periodId}?done=created", created.Headers.Location!.OriginalString);
        Assert.Equal(PeriodState.Planned, (await scene.PeriodAsync(periodId)).State);
        Assert.Equal("reporting-period.create", Assert.Single(await scene.HistoryAsync(ReviewItems.Period, periodId)).Action);
    }

    [Theory, Providers]
    public async Task Publishing_the_closed_period_makes_its_approved_values_public_at_once(Provider provider)
    {
        await using var scene = await ReviewScene.CreateAsync(provider);
        var client = await scene.App.SignedInClientAsync(scene.Coordinator);
        var reader = scene.App.CreateClient();
        var periodId = await scene.PeriodIdAsync("2024");
        var publish = $"/en/workspace/periods/{periodId}/publish";
        Assert.DoesNotContain("data-period=\"2024\"", await reader.GetStringAsync(PublicIndicator));

        var preview = await PageDocument.GetAsync(client, publish);
        Assert.Equal("Approved values that will become public: 4", preview.QuerySelector("[data-count=approved-values]")!.TextContent);
        Assert.Equal("Approved activity reports that will become public: 1", preview.QuerySelector("[data-count=approved-reports]")!.TextContent);
        using var response = await client.PostFormAsync(publish, new() { ["Version"] = (await scene.PeriodAsync(periodId)).Version.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/en/workspace/periods/{periodId}?done=published", response.Headers.Location!.OriginalString);
        Assert.Equal(PeriodState.Published, (await scene.PeriodAsync(periodId)).State);
        Assert.Equal(MeasurementStatus.Published, (await scene.MeasurementAsync("PAR-1.1", "2024")).Status);
        Assert.Contains("data-period=\"2024\"", await reader.GetStringAsync(PublicIndicator));
        var values = await TableFiles.GetAsync(reader, "/en/countries/mx/plans/indicator-values");
        Assert.Equal(["PRE-2.1 5900", "PAR-1.1 230", "PAR-1.2 31", "PAR-4.1 7"],
            values.Where(v => v["period"] == "2024").Select(v => $"{v["indicator_code"]} {v["value"]}"));
        Assert.Contains("2024", await reader.GetStringAsync("/api/v1/countries/mx/plans/NAP-1325/indicators/PAR-1.1"));
        var measurement = await scene.MeasurementAsync("PAR-1.1", "2024");
        Assert.Equal("measurement.publish", Assert.Single(await scene.HistoryAsync(ReviewItems.Measurement, measurement.Id)).Action);
        Assert.Equal("reporting-period.publish", Assert.Single(await scene.HistoryAsync(ReviewItems.Period, periodId)).Action);
        Assert.Equal(MeasurementStatus.Approved, (await scene.MeasurementAsync("PAR-1.1", "2025")).Status);
    }

    [Theory, Providers]
    public async Task A_period_with_submissions_awaiting_review_closes_but_is_not_published(Provider provider)
    {
        await using var scene = await ReviewScene.CreateAsync(provider);
        var client = await scene.App.SignedInClientAsync(scene.Coordinator);
        var periodId = await scene.PeriodIdAsync("2025");
        var period = $"/en/workspace/periods/{periodId}";

        using var closed = await client.PostFormAsync(period, new() { ["Version"] = (await scene.PeriodAsync(periodId)).Version.ToString() }, period + "/close");
        var preview = await PageDocument.GetAsync(client, period + "/publish");
        using var refused = await client.PostFormAsync(period + "/publish", new() { ["Version"] = (await scene.PeriodAsync(periodId)).Version.ToString() });

        Assert.Equal(period + "?done=closed", closed.Headers.Location!.OriginalString);
        Assert.Contains("3 submitted values or reports still await your decision", preview.QuerySelector("[data-count=awaiting-review]")!.TextContent);
        Assert.Null(preview.QuerySelector("main form"));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("still await a decision", await refused.Content.ReadAsStringAsync());
        Assert.Equal(PeriodState.Closed, (await scene.PeriodAsync(periodId)).State);
        Assert.Equal(MeasurementStatus.Approved, (await scene.MeasurementAsync("PAR-1.1", "2025")).Status);
    }

    [Theory, Providers]
    public async Task Opening_the_planned_period_needs_a_deadline_and_a_stale_form_is_a_conflict(Provider provider)
    {
        await using var scene = await ReviewScene.CreateAsync(provider);
        var client = await scene.App.SignedInClientAsync(scene.Coordinator);
        var periodId = await scene.PeriodIdAsync("2026");
        var open = $"/en/workspace/periods/{periodId}/open";
        var version = (await scene.PeriodAsync(periodId)).Version;

        var noDeadline = await Post(client, open, new() { ["Version"] = version.ToString(), ["Deadline"] = "" });
        using var opened = await client.PostFormAsync(open, new() { ["Version"] = version.ToString(), ["Deadline"] = "2027-03-31" });
        var stale = await Post(client, $"/en/workspace/periods/{periodId}/close", new() { ["Version"] = version.ToString() });

        Assert.Equal("Give the deadline, as year-month-day.", noDeadline.Problem("deadline"));
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var now = await scene.PeriodAsync(periodId);
        Assert.Equal((PeriodState.Open, new DateOnly(2027, 3, 31)), (now.State, now.Deadline));
        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        Assert.Contains($"{scene.Coordinator.Email} changed this item first (opened the period", stale.Html.QuerySelector("[data-problem=conflict]")!.TextContent);
        Assert.Equal(PeriodState.Open, (await scene.PeriodAsync(periodId)).State);
    }

    private static async Task<ShownPage> Post(HttpClient client, string page, Dictionary<string, string> fields)
    {
        using var response = await client.PostFormAsync(page, fields);
        return new ShownPage(response.StatusCode, new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    private sealed record ShownPage(HttpStatusCode Status, AngleSharp.Html.Dom.IHtmlDocument Html)
    {
        public string? Problem(string field) => Html.QuerySelector($"#{field}-problem")?.TextContent;
    }
}
