using Avance.Features.Accounts;
using Avance.Tests.Infrastructure;
using Avance.Tests.Web;

namespace Avance.Tests.Features.Accounts;

/// <summary>Every account page, signed in or not, and the answer to a form, is wholly in the language of its address.</summary>
public sealed class AccountPagesLanguageTests
{
    [Theory]
    [InlineData("en", "es")]
    [InlineData("es", "en")]
    public async Task Every_account_page_is_wholly_in_its_language(string language, string other)
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));
        var admin = await app.CreateUserAsync(AccountRole.Administrator);
        var observer = await app.CreateUserAsync(AccountRole.Observer, await app.OrganisationIdAsync(Avance.Domain.OrganisationKind.CivilSociety));
        using var client = await app.SignedInClientAsync(admin);
        using var anonymous = app.AnonymousClient();
        var foreign = UntranslatedTextTests.InterfaceSentences(other, language);
        var pages = new List<(string Address, HttpResponseMessage Response)>();

        using var created = await client.PostFormAsync($"/{language}/account/tokens",
            new() { ["Name"] = "script", ["Scopes"] = "Read", ["Days"] = "7" }, $"/{language}/account/tokens?handler=Create");
        pages.Add(("token created", created));
        using var refused = await client.PostFormAsync($"/{language}/admin/accounts", new() { ["Email"] = "x", ["Role"] = "Observer" });
        pages.Add(("account refused", refused));
        await anonymous.PostFormAsync($"/{language}/account/forgot-password", new() { ["Email"] = observer.Email! });
        var link = app.To(observer.Email!).Single().LinkPath($"/{language}/account/reset-password");
        foreach (var path in new[] { "/account/password", "/account/tokens", "/admin/accounts", $"/admin/accounts/{admin.Id}" })
            pages.Add((path, await client.GetAsync($"/{language}{path}")));
        foreach (var path in new[] { $"/{language}/account/login", $"/{language}/account/forgot-password", $"/{language}/account/reset-password", link })
            pages.Add((path, await anonymous.GetAsync(path)));

        foreach (var (address, response) in pages)
        {
            var text = await response.TextAsync();
            Assert.True(response.IsSuccessStatusCode, $"{address}: {(int)response.StatusCode}");
            Assert.DoesNotContain("⟦", text);
            var leaked = foreign.Where(text.Contains).ToList();
            Assert.True(leaked.Count == 0, $"{address} shows {other} interface text: {string.Join(" | ", leaked)}");
        }
    }
}
