using System.Net;
using System.Text.RegularExpressions;
using Avance.Features.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Avance.Tests.Infrastructure;

/// <summary>Browser-like form posts: sign in through the login page, post forms with the antiforgery token the page gave.</summary>
public static partial class FormPosts
{
    /// <summary>A client holding the session cookie of the account, signed in through the real login page. Redirects are not followed.</summary>
    public static async Task<HttpClient> SignedInClientAsync(this AvanceApp app, AvanceUser user, string password = TestAccounts.Password)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.PostFormAsync("/en/account/login", new() { ["Email"] = user.Email!, ["Password"] = password });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Sign-in of {user.Email} gave {(int)response.StatusCode}.");
        return client;
    }

    /// <summary>
    /// Opens <paramref name="pageUrl"/>, takes the antiforgery token from its form, and posts the fields to
    /// <paramref name="action"/> (the page itself when not given), as a browser submitting that form would.
    /// </summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string pageUrl, Dictionary<string, string> fields,
        string? action = null)
    {
        using var page = await client.GetAsync(pageUrl);
        var html = await page.Content.ReadAsStringAsync();
        var token = AntiforgeryField().Match(html);
        var form = new Dictionary<string, string>(fields);
        if (token.Success)
            form["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Success ? token.Groups[1].Value : token.Groups[2].Value);
        return await client.PostAsync(action ?? pageUrl, new FormUrlEncodedContent(form));
    }

    [GeneratedRegex("""name="__RequestVerificationToken"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="__RequestVerificationToken" """)]
    private static partial Regex AntiforgeryField();
}
