using Avance.Tests.Features.Reporting.Entry;
using Avance.Tests.Infrastructure;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace Avance.Tests.Features.Reporting.Templates;

public sealed class TemplateDownloadTests
{
    [Theory, Providers]
    public async Task A_focal_points_template_holds_their_indicators_only_with_headers_in_the_page_language_and_a_protected_structure(Provider provider)
    {
        await using var scene = await ReportingScene.CreateAsync(provider);
        await scene.RecordAsync(scene.Officers, ("", 119m));
        using var client = await scene.App.SignedInClientAsync(scene.FocalPoint);

        using var workbook = TemplateWorkbook.Open(await client.DownloadAsync(scene, "es"));

        Assert.Empty(new OpenXmlValidator().Validate(workbook.Workbook.OpenXmlPackage));
        Assert.Equal(["Clave", "Indicador", "Qué capturar", "Desagregación", "Categoría", "Valor"],
            Enumerable.Range(0, 6).Select(i => workbook.Cell(1, ((char)('A' + i)).ToString())));
        var indicators = workbook.Rows.Skip(1).Select(r => workbook.Cell((int)r.RowIndex!.Value, TemplateWorkbook.IndicatorId)).Distinct().ToList();
        Assert.Equal([scene.Officers.ToString(), scene.WomenShare.ToString()], indicators);
        var total = workbook.RowOf(scene.Officers, "");
        Assert.Equal("119", workbook.Cell(total, TemplateWorkbook.Value));
        Assert.Equal("Mujeres", workbook.Cell(workbook.RowOf(scene.Officers, "sex=female"), "E"));
        Assert.True(workbook.Data.GetFirstChild<SheetProtection>()!.Sheet!.Value);
        Assert.True(workbook.Workbook.Workbook.WorkbookProtection!.LockStructure!.Value);
        Assert.Equal(SheetStateValues.VeryHidden, workbook.AboutSheet.State!.Value);
        Assert.All(workbook.Data.Descendants<Column>().Where(c => c.Min! >= 13), c => Assert.True(c.Hidden!.Value));
    }

    [Theory, Providers]
    public async Task A_focal_point_cannot_download_another_organisations_template_but_a_coordinator_can(Provider provider)
    {
        await using var scene = await ReportingScene.CreateAsync(provider);
        using var focalPoint = await scene.App.SignedInClientAsync(scene.FocalPoint);
        using var coordinator = await scene.App.SignedInClientAsync(scene.Coordinator);

        using var refused = await focalPoint.GetAsync($"{scene.Page()}/template.xlsx?organisation={scene.Inmujeres}");
        using var workbook = TemplateWorkbook.Open(await coordinator.DownloadAsync(scene, query: $"?organisation={scene.Inmujeres}"));

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(scene.Judiciary.ToString(), workbook.Cell(2, TemplateWorkbook.IndicatorId));
    }
}
