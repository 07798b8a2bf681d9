using Avance.Tests.Features.Reporting.Entry;
using Avance.Tests.Infrastructure;

namespace Avance.Tests.Features.Evidence;

public sealed class PublishedEvidenceTests
{
    [Theory, Providers]
    public async Task The_public_indicator_page_lists_the_files_of_published_values_only(Provider provider)
    {
        await using var scene = await ReportingScene.CreateAsync(provider);
        await scene.DraftAsync();
        using var api = await scene.App.ClientWithTokenAsync(scene.FocalPoint);
        using var uploaded = await api.UploadAsync(scene, EvidenceScene.Pdf(), "lista-de-asistencia.pdf");
        var file = Assert.Single(await scene.FilesAsync());
        using var visitor = scene.App.CreateClient();
        const string page = "/countries/mx/plans/NAP-1325/indicators/PAR-1.1";

        await scene.PublishAsync();
        var spanish = await visitor.GetStringAsync("/es" + page);
        var english = await visitor.GetStringAsync("/en" + page);

        Assert.Contains($"<a href=\"/evidence/{file.Id}\">lista-de-asistencia.pdf</a>", spanish, StringComparison.Ordinal);
        Assert.Contains("Evidencias de los valores publicados", spanish, StringComparison.Ordinal);
        Assert.Contains("Evidence behind the published values", english, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task A_draft_values_files_do_not_appear_on_the_public_page(Provider provider)
    {
        await using var scene = await ReportingScene.CreateAsync(provider);
        await scene.DraftAsync();
        using var api = await scene.App.ClientWithTokenAsync(scene.FocalPoint);
        using var uploaded = await api.UploadAsync(scene, EvidenceScene.Pdf(), "borrador.pdf");

        var html = await scene.App.CreateClient().GetStringAsync("/en/countries/mx/plans/NAP-1325/indicators/PAR-1.1");

        Assert.DoesNotContain("borrador.pdf", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Evidence behind the published values", html, StringComparison.Ordinal);
    }
}
