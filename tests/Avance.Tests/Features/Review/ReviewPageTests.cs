using System.Net;
using System.Text.Json;
using Avance.Features.Reporting;
using Avance.Features.Review;
using Avance.Tests.Infrastructure;
using Avance.Tests.Web.Downloads;

namespace Avance.Tests.Features.Review;

/// <summary>Deciding on submitted values in the browser: one by one, all of an indicator at once, and when two reviewers meet.</summary>
public sealed class ReviewPageTests
{
    [Theory, Providers]
    public async Task Approving_locks_the_value_and_records_who_decided_with_the_status_before_and_after(Provider provider)
    {
        await using var scene = await ReviewScene.CreateAsync(provider);
        var client = await scene.App.SignedInClientAsync(scene.Coordinator);
        var female = await scene.MeasurementAsync("PAR-1.1", "2025", "sex=female");
        var page = $"/en/workspace/review/measurements/{female.Id}";

        using var response = await client.PostFormAsync(page, Form("Approve", female.Version));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(page + "?done=approved", response.Headers.Location!.OriginalString);
        Assert.Equal(MeasurementStatus.Approved, (await scene.MeasurementAsync(female.Id)).Status);
        var entry = Assert.Single(await scene.HistoryAsync(ReviewItems.Measurement, female.Id));
        Assert.Equal(("measurement.approve", scene.Coordinator.Email), (entry.Action, entry.Actor));
        Assert.Equal("Submitted", JsonDocument.Parse(entry.Before!).RootElement.GetProperty("status").GetString());
        Assert.Equal("Approved", JsonDocument.Parse(entry.After!).RootElement.GetProperty("status").GetString());
        var shown = await PageDocument.GetAsync(client, page + "?done=approved");
        Assert.Contains("The value is locked until publication", shown.QuerySelector("[role=status]")!.TextContent);
        Assert.Null(shown.QuerySelector("form.decision"));
        Assert.Equal("approved the value", shown.QuerySelector("table[data-table=history] tr[data-action='measurement.approve'] td:nth-child(3)")!.TextContent);
    }

    [Theory]
    [InlineData("en", "Give the reason for returning the value, so the agency knows what to fix.")]
    [InlineData("es", "Indique el motivo de la devolución, para que la dependencia sepa qué corregir.")]
    public async Task Returning_without_a_reason_is_refused_next_to_the_reason_field_in_the_page_language(string language, string message)
    {
        await using var scene = await ReviewScene.CreateAsync(Provider.Sqlite);
        var client = await scene.App.SignedInClientAsync(scene.Coordinator);
        var male = await scene.MeasurementAsync("PAR-1.1", "2025", "sex=male");
        var page = $"/{language}/workspace/review/measurements/{male.Id}";

        using var response = await client.PostFormAsync(page, Form("Return", male.Version, reason: "   "));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var shown = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        Assert.Equal(message, shown.QuerySelector("#item-reason-problem")!.TextContent);
        Assert.Equal("true", shown.QuerySelector("#item-reason")!.GetAttribute("aria-invalid"));
        Assert.NotNull(shown.QuerySelector("[role=alert]"));
        Assert.DoesNotContain("⟦", html);
        Assert.Equal(MeasurementStatus.Submitted, (await scene.MeasurementAsync(male.Id)).Status);
        Assert.Empty(await scene.HistoryAsync(ReviewItems.Measurement, male.Id));
    }

    [Theory, Providers]
    public async Task Returning_all_of_an_indicator_at_once_returns_each_submitted_value_with_the_reason(Provider provider)
    {
        await using var scene = await ReviewScene.CreateAsync(provider);
        var client = await scene.App.SignedInClientAsync(scene.Coordinator);
        var periodId = await scene.PeriodIdAsync("2025");
        var indicatorId = await scene.IndicatorIdAsync("PAR-1.1");
        var female = await scene.MeasurementAsync("PAR-1.1", "2025", "sex=female");
        var male = await scene.MeasurementAsync("PAR-1.1", "2025", "sex=male");
        var page = $"/en/workspace/periods/{periodId}/review/indicators/{indicatorId}";

        using var response = await client.PostFormAsync(page, new()
        {
            ["Decision"] = "Return",
            ["Reason"] = "Women and men add up to 240 but the course lists give 236.",
            [$"Versions[{female.Id}]"] = female.Version.ToString(),
            [$"Versions[{male.Id}]"] = male.Version.ToString(),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/en/workspace/periods/{periodId}/review?done=returned", response.Headers.Location!.OriginalString);
        foreach (var id in new[] { female.Id, male.Id })
        {
            var returned = await scene.MeasurementAsync(id);
            Assert.Equal((MeasurementStatus.Returned, "Women and men add up to 240 but the course lists give 236."), (returned.Status, returned.ReturnReason));
            Assert.Equal("measurement.return", Assert.Single(await scene.HistoryAsync(ReviewItems.Measurement, id)).Action);
        }
        Assert.Equal(MeasurementStatus.Approved, (await scene.MeasurementAsync("PAR-1.1", "2025")).Status);
        var queue = await PageDocument.GetAsync(client, $"/en/workspace/periods/{periodId}/review");
        Assert.Null(queue.QuerySelector($"#indicator-{indicatorId}"));
        Assert.Equal(["1.3.1"], queue.QuerySelectorAll("table[data-table=review-activities] tbody th").Select(th => th.TextContent));
    }

    [Theory, Providers]
    public async Task The_second_of_two_reviewers_is_told_the_first_decision_and_keeps_the_reason_they_wrote(Provider provider)
    {
        await using var scene = await ReviewScene.CreateAsync(provider);
        var first = await scene.App.SignedInClientAsync(scene.Coordinator);
        var second = await scene.App.SignedInClientAsync(await scene.App.CreateUserAsync(Avance.Features.Accounts.AccountRole.Coordinator));
        var female = await scene.MeasurementAsync("PAR-1.1", "2025", "sex=female");
        var page = $"/en/workspace/review/measurements/{female.Id}";

        using var approved = await first.PostFormAsync(page, Form("Approve", female.Version));
        using var overtaken = await second.PostFormAsync(page, Form("Return", female.Version, "The source is missing."));

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, overtaken.StatusCode);
        var shown = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await overtaken.Content.ReadAsStringAsync());
        var problem = shown.QuerySelector("[data-problem=conflict]")!.TextContent;
        Assert.Contains($"{scene.Coordinator.Email} changed this item first (approved the value", problem);
        Assert.Contains("It is now Approved", problem);
        Assert.Equal("The source is missing.", shown.QuerySelector("[data-unsaved] blockquote")!.TextContent);
        Assert.Equal("Approved", shown.QuerySelector("dd .review-state")!.GetAttribute("data-state"));
        var measurement = await scene.MeasurementAsync(female.Id);
        Assert.Equal((MeasurementStatus.Approved, null), (measurement.Status, measurement.ReturnReason));
        Assert.Equal(["measurement.approve"], (await scene.HistoryAsync(ReviewItems.Measurement, female.Id)).Select(e => e.Action));
    }

    [Theory, Providers]
    public async Task Approving_all_of_an_indicator_is_a_conflict_when_a_value_was_submitted_after_the_page_was_read(Provider provider)
    {
        await using var scene = await ReviewScene.CreateAsync(provider);
        var client = await scene.App.SignedInClientAsync(scene.Coordinator);
        var periodId = await scene.PeriodIdAsync("2025");
        var indicatorId = await scene.IndicatorIdAsync("PAR-1.1");
        var female = await scene.MeasurementAsync("PAR-1.1", "2025", "sex=female");
        var male = await scene.MeasurementAsync("PAR-1.1", "2025", "sex=male");
        var page = $"/en/workspace/periods/{periodId}/review/indicators/{indicatorId}";
        var late = await scene.NewMeasurementAsync(indicatorId, periodId, MeasurementStatus.Submitted, 1, "sex=other");

        using var response = await client.PostFormAsync(page, new()
        {
            ["Decision"] = "Approve",
            [$"Versions[{female.Id}]"] = female.Version.ToString(),
            [$"Versions[{male.Id}]"] = male.Version.ToString(),
        });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(MeasurementStatus.Submitted, (await scene.MeasurementAsync(female.Id)).Status);
        Assert.Equal(MeasurementStatus.Submitted, (await scene.MeasurementAsync(late)).Status);
        var shown = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal(3, shown.QuerySelectorAll("form.decision input[name^=Versions]").Length);
    }

    private static Dictionary<string, string> Form(string decision, int version, string? reason = null) =>
        reason is null
            ? new() { ["Decision"] = decision, ["Version"] = version.ToString() }
            : new() { ["Decision"] = decision, ["Version"] = version.ToString(), ["Reason"] = reason };
}
