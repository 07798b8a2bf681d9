using System.Net;
using System.Text.Json;
using Avance.Features.Reporting.Entry.Rules;
using Avance.Features.Reporting.Templates;
using Avance.Tests.Features.Reporting.Entry;
using Avance.Tests.Infrastructure;
using static Avance.Tests.Features.Reporting.Templates.TemplateRoundTripTests;

namespace Avance.Tests.Features.Reporting.Templates;

/// <summary>Templates altered in ways the protected sheet is meant to prevent: each is reported at its row, and nothing at all is applied.</summary>
public sealed class TamperedTemplateTests
{
    [Theory, Providers]
    public async Task An_added_row_is_reported_and_nothing_is_applied(Provider provider) =>
        await AssertRefusedAsync(provider, (workbook, scene) =>
            workbook.AddRow(("A", "PAR-1.1"), (TemplateWorkbook.Value, "12")), TemplateProblems.ExtraRow, "A");

    [Theory, Providers]
    public async Task A_row_of_another_organisations_indicator_is_reported_and_nothing_is_applied(Provider provider) =>
        await AssertRefusedAsync(provider, (workbook, scene) => workbook.AddRow(("A", "PRE-2.1"), (TemplateWorkbook.Value, "5585"),
            (TemplateWorkbook.IndicatorId, scene.Judiciary.ToString()), (TemplateWorkbook.Combination, ""), (TemplateWorkbook.Version, "0")),
            TemplateProblems.OtherOrganisation, "A");

    [Theory, Providers]
    public async Task A_combination_the_indicator_does_not_have_is_reported_and_nothing_is_applied(Provider provider) =>
        await AssertRefusedAsync(provider, (workbook, scene) =>
        {
            var row = workbook.RowOf(scene.Officers, "sex=other");
            workbook.Set(row, TemplateWorkbook.Combination, "agegroup=18-29").Set(row, TemplateWorkbook.Value, "4");
            return row;
        }, ProblemCodes.CombinationDimensionNotDeclared, "D");

    [Theory, Providers]
    public async Task Text_in_a_number_cell_is_reported_at_its_cell_and_nothing_is_applied(Provider provider) =>
        await AssertRefusedAsync(provider, (workbook, scene) =>
        {
            var row = workbook.RowOf(scene.Officers, "sex=male");
            workbook.Set(row, TemplateWorkbook.Value, "about 80");
            return row;
        }, ProblemCodes.ValueNotANumber, "F");

    [Theory, Providers]
    public async Task A_value_changed_since_the_template_was_made_is_a_conflict_and_nothing_is_applied(Provider provider)
    {
        await using var scene = await ReportingScene.CreateAsync(provider);
        var file = Fill(TemplateWorkbook.Open(await DownloadAsync(scene)), scene);
        await scene.RecordAsync(scene.Officers, ("sex=female", 40m));
        using var api = await scene.App.ClientWithTokenAsync(scene.FocalPoint);

        using var response = await api.UploadAsync(scene, file, apply: true);

        var problem = Assert.Single(Problems(await Json(response)));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(TemplateProblems.Conflict, problem.GetProperty("code").GetString());
        Assert.Contains("40", problem.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal([40m], (await scene.MeasurementsAsync(scene.Officers)).Select(m => m.Value!.Value));
    }

    [Theory, Providers]
    public async Task A_template_made_for_another_organisation_is_refused_whole(Provider provider)
    {
        await using var scene = await ReportingScene.CreateAsync(provider);
        var file = Fill(TemplateWorkbook.Open(await DownloadAsync(scene)), scene);
        using var other = await scene.App.ClientWithTokenAsync(scene.OtherFocalPoint);

        using var response = await other.UploadAsync(scene, file, apply: true);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await scene.MeasurementsAsync(scene.Officers));
    }

    [Theory, Providers]
    public async Task A_file_that_is_not_a_template_is_refused_with_a_clear_reason(Provider provider)
    {
        await using var scene = await ReportingScene.CreateAsync(provider);
        using var api = await scene.App.ClientWithTokenAsync(scene.FocalPoint);

        using var response = await api.UploadAsync(scene, "not a workbook"u8.ToArray(), apply: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(TemplateProblems.Unreadable, Assert.Single(Problems(await Json(response))).GetProperty("code").GetString());
    }

    /// <summary>Fills the template correctly, tampers with it, uploads it to apply: the one problem must be at the tampered row and column.</summary>
    private static async Task AssertRefusedAsync(Provider provider, Func<TemplateWorkbook, ReportingScene, int> tamper, string code, string column)
    {
        await using var scene = await ReportingScene.CreateAsync(provider);
        var filled = Fill(TemplateWorkbook.Open(await DownloadAsync(scene)), scene);
        using var workbook = TemplateWorkbook.Open(filled);
        var row = tamper(workbook, scene);
        using var api = await scene.App.ClientWithTokenAsync(scene.FocalPoint);

        using var response = await api.UploadAsync(scene, workbook.Save(), apply: true);

        var problem = Assert.Single(Problems(await Json(response)));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Equal(row, problem.GetProperty("row").GetInt32());
        Assert.StartsWith(column + " (", problem.GetProperty("column").GetString(), StringComparison.Ordinal);
        Assert.Empty(await scene.MeasurementsAsync(scene.Officers));
        Assert.Empty(await scene.AuditAsync("measurement"));
    }

    private static IEnumerable<JsonElement> Problems(JsonElement report) => report.GetProperty("problems").EnumerateArray();
}
