using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Avance.Tests.Features.Reporting.Templates;

/// <summary>A browser's file upload: the antiforgery token from the page, the file as a multipart part.</summary>
internal static partial class MultipartPosts
{
    public static async Task<HttpResponseMessage> PostMultipartAsync(this HttpClient client, string pageUrl, string action, byte[] file,
        string field = "Upload", string fileName = "template.xlsx", Dictionary<string, string>? fields = null)
    {
        var html = await client.GetStringAsync(pageUrl);
        using var form = new MultipartFormDataContent();
        var token = Token().Match(html);
        if (token.Success) form.Add(new StringContent(WebUtility.HtmlDecode(token.Groups[1].Value)), "__RequestVerificationToken");
        foreach (var (name, value) in fields ?? []) form.Add(new StringContent(value), name);
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(part, field, fileName);
        return await client.PostAsync(action, form);
    }

    [GeneratedRegex("""name="__RequestVerificationToken"[^>]*value="([^"]+)" """)]
    private static partial Regex Token();
}
