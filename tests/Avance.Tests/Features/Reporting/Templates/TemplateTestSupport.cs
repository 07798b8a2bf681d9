using System.Net.Http.Headers;
using Avance.Tests.Features.Reporting.Entry;

namespace Avance.Tests.Features.Reporting.Templates;

internal static class TemplateTestSupport
{
    public static async Task<byte[]> DownloadAsync(this HttpClient client, ReportingScene scene, string language = "en", string query = "")
    {
        using var response = await client.GetAsync($"{scene.Page(language)}/template.xlsx{query}");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>Uploads through the API; the report comes back as JSON whether the file passed (200) or not (400).</summary>
    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, ReportingScene scene, byte[] file, bool apply)
    {
        using var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(part, "file", "template.xlsx");
        return await client.PostAsync($"{scene.Api}/template?apply={(apply ? "true" : "false")}", form);
    }
}
