using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Avance.Features.Accounts;
using Avance.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Avance.Tests.Features.Interchange;

/// <summary>The upload page: a coordinator imports a file and reads the report in the page's language; others cannot.</summary>
public sealed partial class ImportPageTests
{
    [Theory, Providers]
    public async Task A_coordinator_uploads_a_file_and_reads_the_report(Provider provider)
    {
        await using var scene = await InterchangeScene.StartAsync(provider);
        var coordinator = await scene.App.CreateUserAsync(AccountRole.Coordinator);
        var client = await scene.App.SignedInClientAsync(coordinator);

        var page = await UploadAsync(client, "/en/workspace/import", IatiFiles.UnWomenFao, lenient: true);

        Assert.Contains("Imported.", page);
        Assert.Contains("Outcomes: 78 created, 0 updated, 0 unchanged; 22 activities not imported.", page);
        Assert.Contains("XM-DAC-41146-BDI_D_4.3", page);
        Assert.Matches(@"<td>112</td>\s*<td>IATI 2.03 schema", page);
        Assert.DoesNotContain("⟦", page);
        var audit = await scene.WithDbAsync(db => db.AuditEntries.Where(e => e.ItemType == "iati-file").Select(e => e.Actor).SingleAsync());
        Assert.Equal(coordinator.Email, audit);
    }

    [Theory, Providers]
    public async Task The_report_is_in_Spanish_on_the_Spanish_page_and_a_refusal_writes_nothing(Provider provider)
    {
        await using var scene = await InterchangeScene.StartAsync(provider);
        var client = await scene.App.SignedInClientAsync(await scene.App.CreateUserAsync(AccountRole.Administrator));
        var before = await scene.DumpAsync();

        var page = await UploadAsync(client, "/es/workspace/import", IatiFiles.UnWomenFao, lenient: false);

        Assert.Contains("Rechazado: el archivo tiene errores, así que no se escribió nada.", page);
        Assert.Contains("2 errores", page);
        Assert.DoesNotContain("⟦", page);
        Assert.Equal(before, await scene.DumpAsync());
    }

    [Fact]
    public async Task Without_a_file_the_page_asks_for_one_and_a_focal_point_is_refused()
    {
        await using var scene = await InterchangeScene.StartAsync(Provider.Sqlite);
        var coordinator = await scene.App.SignedInClientAsync(await scene.App.CreateUserAsync(AccountRole.Coordinator));
        var organisation = await scene.App.OrganisationIdAsync(Avance.Domain.OrganisationKind.GovernmentAgency);
        var focalPoint = await scene.App.SignedInClientAsync(await scene.App.CreateUserAsync(AccountRole.FocalPoint, organisation));

        using var empty = await coordinator.PostFormAsync("/en/workspace/import", new() { ["Lenient"] = "false" });
        using var refused = await focalPoint.GetAsync("/en/workspace/import");

        Assert.Contains("Choose a file to import.", await empty.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    private static async Task<string> UploadAsync(HttpClient client, string address, string file, bool lenient)
    {
        var form = await client.GetStringAsync(address);
        var token = Token().Match(form).Groups[1].Value;
        using var content = new MultipartFormDataContent();
        var bytes = new ByteArrayContent(await File.ReadAllBytesAsync(IatiFiles.PathOf(file)));
        bytes.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
        content.Add(bytes, "Upload", file);
        content.Add(new StringContent(lenient ? "true" : "false"), "Lenient");
        content.Add(new StringContent(token), "__RequestVerificationToken");
        using var response = await client.PostAsync(address, content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("""name="__RequestVerificationToken"[^>]*value="([^"]+)" """)]
    private static partial Regex Token();
}
