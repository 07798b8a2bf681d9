using System.Net;
using Avance.Features.Reporting;
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
