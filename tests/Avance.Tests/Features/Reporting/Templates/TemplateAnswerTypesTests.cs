using System.Net;
using System.Net.Http.Json;
using Avance.Domain;
using Avance.Features.Indicators;
using Avance.Tests.Features.Reporting.Entry;
using Avance.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Avance.Tests.Features.Reporting.Templates.TemplateRoundTripTests;

namespace Avance.Tests.Features.Reporting.Templates;

/// <summary>Yes/no and written answers survive the round trip in either language: a template downloaded and uploaded unchanged changes nothing.</summary>
public sealed class TemplateAnswerTypesTests
{
    [Theory, Providers]
    public async Task Yes_no_and_written_answers_read_back_as_saved(Provider provider)
    {
        await using var scene = await ReportingScene.CreateAsync(provider);
        var protocol = await AddIndicatorAsync(scene, "PAR-9.1", IndicatorType.YesNo);
        var lessons = await AddIndicatorAsync(scene, "PAR-9.2", IndicatorType.Qualitative);
        using var api = await scene.App.ClientWithTokenAsync(scene.FocalPoint);
        using var yes = await api.PutAsJsonAsync($"{scene.Api}/indicators/{protocol}", new { values = new[] { new { combination = "", value = true } } });
        using var text = await api.PutAsJsonAsync($"{scene.Api}/indicators/{lessons}",
            new { values = new[] { new { combination = "", value = "Los protocolos se aplican en 3 de 5 instituciones." } } });
        Assert.Equal(HttpStatusCode.OK, yes.StatusCode);
        Assert.Equal(HttpStatusCode.OK, text.StatusCode);

        api.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        var file = await api.GetByteArrayAsync($"{scene.Api}/template.xlsx");
        using (var workbook = TemplateWorkbook.Open(file))
            Assert.Equal("Sí", workbook.Cell(workbook.RowOf(protocol, ""), TemplateWorkbook.Value));

        using var response = await api.UploadAsync(scene, file, apply: false);
        var report = await Json(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, report.GetProperty("changes").GetArrayLength());
    }

    private static Task<int> AddIndicatorAsync(ReportingScene scene, string code, IndicatorType type) => scene.WithDbAsync(async db =>
    {
        var officers = await db.Indicators.SingleAsync(i => i.Id == scene.Officers);
        var indicator = new Indicator
        {
            PlanId = officers.PlanId, ObjectiveId = officers.ObjectiveId, Code = code, Type = type,
            Wording = LocalizedText.Of($"Illustrative {type} indicator", $"Indicador ilustrativo {type}"),
            Direction = IndicatorDirection.NotApplicable, Periodicity = Periodicity.Annual, ResponsibleOrganisationId = scene.Sedena,
        };
        db.Indicators.Add(indicator);
        await db.SaveChangesAsync();
        return indicator.Id;
    });
}
