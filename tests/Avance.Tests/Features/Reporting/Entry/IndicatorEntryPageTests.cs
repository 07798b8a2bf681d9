using System.Net;
using Avance.Features.Reporting;
using Microsoft.EntityFrameworkCore;
using Avance.Tests.Infrastructure;

namespace Avance.Tests.Features.Reporting.Entry;

public sealed class IndicatorEntryPageTests
{
    [Theory, Providers]
    public async Task A_focal_point_saves_a_draft_then_submits_it_and_each_step_is_audited(Provider provider)
    {
        await using var scene = await ReportingScene.CreateAsync(provider);
        using var client = await scene.App.SignedInClientAsync(scene.FocalPoint);
        var page = scene.IndicatorPage(scene.Officers);

        var fields = Form(("", "119"), ("sex=female", "36"), ("sex=male", "83"));
        fields["NarrativeEnglish"] = "119 officers trained, 36 of them women.";
        fields["NewSourceTitle"] = "Training records";
        fields["NewSourceUrl"] = "https://example.org/training";
        fields["SourceDate"] = scene.SourceDate;
        using var saved = await client.PostFormAsync(page, fields, page + "?handler=Save");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var drafts = await scene.MeasurementsAsync(scene.Officers);
        Assert.Equal([36m, 83m, 119m], drafts.Select(m => m.Value!.Value).Order());
        Assert.All(drafts, m => Assert.Equal(MeasurementStatus.Draft, m.Status));
        Assert.Equal("119 officers trained, 36 of them women.", drafts.Single(m => m.Disaggregation.IsTotal).Narrative!.In("en"));
        Assert.Equal(3, (await scene.AuditAsync("measurement")).Count(e => e.Action == "measurement.record"));

        var form = await client.GetStringAsync(page);
        Assert.Contains("value=\"119\"", form, StringComparison.Ordinal);
        Assert.Contains("The draft was saved", await client.GetStringAsync(saved.Headers.Location!.OriginalString), StringComparison.Ordinal);

        var versions = Versions(drafts);
        var submitFields = Form(("", "119", versions[""]), ("sex=female", "36", versions["sex=female"]), ("sex=male", "83", versions["sex=male"]));
        submitFields["NarrativeEnglish"] = "119 officers trained, 36 of them women.";
        submitFields["SourceId"] = drafts[0].SourceId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        submitFields["SourceDate"] = scene.SourceDate;
        using var submitted = await client.PostFormAsync(page, submitFields, page + "?handler=Submit");

        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.All(await scene.MeasurementsAsync(scene.Officers), m => Assert.Equal(MeasurementStatus.Submitted, m.Status));
        var audit = await scene.AuditAsync("measurement");
        Assert.Equal(3, audit.Count(e => e.Action == "measurement.submit"));
        Assert.Equal(3, audit.Count(e => e.Action == "measurement.record"));
        Assert.All(audit, e => Assert.Equal(scene.FocalPoint.Email, e.Actor));
    }

    [Theory, Providers]
    public async Task Problems_are_shown_next_to_their_fields_in_the_pages_language_and_nothing_typed_is_lost(Provider provider)
    {
        await using var scene = await ReportingScene.CreateAsync(provider);
        using var client = await scene.App.SignedInClientAsync(scene.FocalPoint);
        var page = scene.IndicatorPage(scene.Officers, "es");
        var fields = Form(("", "119"), ("sex=female", "36,5"), ("sex=male", "90"));
        fields["NarrativeSpanish"] = "Texto que no debe perderse.";
        fields["SourceDate"] = "2999-12-31";

        using var response = await client.PostFormAsync(page, fields, page + "?handler=Submit");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("«36,5» no es un número entero", html, StringComparison.Ordinal);
        Assert.Contains("La fecha 31 de diciembre de 2999 está en el futuro.", html, StringComparison.Ordinal);
        Assert.Matches("id=\"value-1\"[^>]*value=\"36,5\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"value-1-problem\"", html);
        Assert.Contains(">Texto que no debe perderse.</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"90\"", html, StringComparison.Ordinal);
        Assert.Empty(await scene.MeasurementsAsync(scene.Officers));
    }

    [Theory, Providers]
    public async Task Saving_over_someone_elses_newer_value_is_refused_with_their_value_shown(Provider provider)
    {
        await using var scene = await ReportingScene.CreateAsync(provider);
        var loaded = await scene.RecordAsync(scene.Officers, ("", 119m));
        await scene.RecordAsync(scene.Officers, ("", 121m));
        using var client = await scene.App.SignedInClientAsync(scene.FocalPoint);
        var page = scene.IndicatorPage(scene.Officers);

        using var response = await client.PostFormAsync(page, Form(("", "125", loaded[""])), page + "?handler=Save");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("someone else saved these values", html, StringComparison.Ordinal);
        Assert.Contains("Total: 121 (Draft)", html, StringComparison.Ordinal);
        Assert.Contains("value=\"125\"", html, StringComparison.Ordinal);
        Assert.Equal([121m], (await scene.MeasurementsAsync(scene.Officers)).Select(m => m.Value!.Value));
    }

    [Theory, Providers]
    public async Task A_returned_value_shows_why_and_can_be_corrected_and_submitted_again(Provider provider)
    {
        await using var scene = await ReportingScene.CreateAsync(provider);
        await scene.WithDbAsync(async db =>
        {
            var source = await db.Sources.Select(s => s.Id).FirstAsync();
            var measurement = new Measurement(scene.WomenShare, scene.PeriodId, DisaggregationKey.Total);
            measurement.Record(300, null, Avance.Domain.LocalizedText.In("en", "Share of women."), source, new DateOnly(scene.Year, 6, 30), DateTimeOffset.UtcNow);
            measurement.Submit();
            measurement.Return("A share cannot be 300; check the figure.");
            db.Measurements.Add(measurement);
            return await db.SaveChangesAsync();
        });
        using var client = await scene.App.SignedInClientAsync(scene.FocalPoint);
        var page = scene.IndicatorPage(scene.WomenShare);
        Assert.Contains("A share cannot be 300; check the figure.", await client.GetStringAsync(page), StringComparison.Ordinal);
        var returned = Assert.Single(await scene.MeasurementsAsync(scene.WomenShare));

        var fields = Form(("", "30", returned.Version));
        fields["NarrativeEnglish"] = "Share of women.";
        fields["SourceId"] = returned.SourceId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        fields["SourceDate"] = scene.SourceDate;
        using var resubmitted = await client.PostFormAsync(page, fields, page + "?handler=Submit");

        Assert.Equal(HttpStatusCode.Redirect, resubmitted.StatusCode);
        var corrected = Assert.Single(await scene.MeasurementsAsync(scene.WomenShare));
        Assert.Equal((30m, MeasurementStatus.Submitted), (corrected.Value!.Value, corrected.Status));
        Assert.Equal([300m, 30m], corrected.Revisions.OrderBy(r => r.Number).Select(r => r.Value!.Value));
    }

    [Theory, Providers]
    public async Task Saving_the_same_values_again_adds_no_revision_and_no_audit_entry(Provider provider)
    {
        await using var scene = await ReportingScene.CreateAsync(provider);
        using var client = await scene.App.SignedInClientAsync(scene.FocalPoint);
        var page = scene.IndicatorPage(scene.WomenShare);
        using var first = await client.PostFormAsync(page, Form(("", "30")), page + "?handler=Save");
        var version = Assert.Single(await scene.MeasurementsAsync(scene.WomenShare)).Version;

        using var second = await client.PostFormAsync(page, Form(("", "30", version)), page + "?handler=Save");

        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Single(Assert.Single(await scene.MeasurementsAsync(scene.WomenShare)).Revisions);
        Assert.Single(await scene.AuditAsync("measurement"));
    }

    [Theory, Providers]
    public async Task Another_agencys_focal_point_and_an_observer_are_refused_and_a_coordinator_may_report_for_anyone(Provider provider)
    {
        await using var scene = await ReportingScene.CreateAsync(provider);
        using var other = await scene.App.SignedInClientAsync(scene.OtherFocalPoint);
        using var observer = await scene.App.SignedInClientAsync(scene.Observer);
        using var coordinator = await scene.App.SignedInClientAsync(scene.Coordinator);
        var page = scene.IndicatorPage(scene.Officers);

        using var otherPage = await other.GetAsync(page);
        using var otherPost = await other.PostFormAsync("/en", Form(("", "1")), page + "?handler=Save");
        using var observerPage = await observer.GetAsync(page);
        using var coordinatorPost = await coordinator.PostFormAsync(page, Form(("", "1")), page + "?handler=Save");

        Assert.Equal(HttpStatusCode.Forbidden, otherPage.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherPost.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, observerPage.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, coordinatorPost.StatusCode);
        Assert.Equal(scene.Coordinator.Email, Assert.Single(await scene.AuditAsync("measurement")).Actor);
    }

    [Theory, Providers]
    public async Task A_period_that_is_not_open_shows_the_values_without_a_form(Provider provider)
    {
        await using var scene = await ReportingScene.CreateAsync(provider);
        await scene.WithDbAsync(async db =>
        {
            db.Attach((await db.ReportingPeriods.FindAsync(scene.PeriodId))!).Entity.Close();
            return await db.SaveChangesAsync();
        });
        using var client = await scene.App.SignedInClientAsync(scene.FocalPoint);
        var page = scene.IndicatorPage(scene.Officers);

        var html = await client.GetStringAsync(page);
        using var post = await client.PostFormAsync(page, Form(("", "1")), page + "?handler=Save");

        Assert.Contains("This period is Closed, not open", html, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Save", html, StringComparison.Ordinal);
        Assert.Contains("the period is no longer open", await post.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await scene.MeasurementsAsync(scene.Officers));
    }

    internal static Dictionary<string, string> Form(params (string Combination, string Raw)[] values) =>
        Form([.. values.Select(v => (v.Combination, v.Raw, 0))]);

    internal static Dictionary<string, string> Form(params (string Combination, string Raw, int Version)[] values)
    {
        var fields = new Dictionary<string, string>();
        for (var i = 0; i < values.Length; i++)
        {
            fields[$"Values[{i}].Combination"] = values[i].Combination;
            fields[$"Values[{i}].Raw"] = values[i].Raw;
            fields[$"Values[{i}].Version"] = values[i].Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return fields;
    }

    internal static Dictionary<string, int> Versions(IEnumerable<Measurement> measurements) =>
        measurements.ToDictionary(m => m.Disaggregation.ToString(), m => m.Version);
}
