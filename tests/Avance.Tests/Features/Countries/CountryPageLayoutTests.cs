using System.Globalization;
using Avance.Features.Accounts;
using Avance.Tests.Infrastructure;

namespace Avance.Tests.Features.Countries;

/// <summary>The layout around the country page: the account menu and the language links, for readers and for accounts.</summary>
public sealed class CountryPageLayoutTests
{
    [Theory]
    [InlineData("en", "Your account", "Sign in")]
    [InlineData("es", "Su cuenta", "Iniciar sesión")]
    public async Task AnonymousReader_SeesTheSignInLinkInThePagesLanguage_AndNoAccountMenu(string language, string menu, string signIn)
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));
        var page = await app.CreateClient().GetStringAsync($"/{language}/countries/mx");

        Assert.Contains($"<nav class=\"account\" aria-label=\"{menu}\"><a href=\"/{language}/account/login\">{signIn}</a></nav>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/account/logout", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/workspace", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignedInAccount_SeesItsMenuWithASignOutFormCarryingAnAntiforgeryToken()
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));
        var coordinator = await app.CreateUserAsync(AccountRole.Coordinator);
        using var client = await app.SignedInClientAsync(coordinator);

        var page = await client.GetStringAsync("/es/countries/mx");

        Assert.Contains("<nav class=\"account\" aria-label=\"Su cuenta\">", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/es/workspace\"", page, StringComparison.Ordinal);
        Assert.Contains($"<span class=\"who\">{coordinator.Email}</span>", page, StringComparison.Ordinal);
        var form = page[page.IndexOf("action=\"/es/account/logout\"", StringComparison.Ordinal)..];
        Assert.Contains("name=\"__RequestVerificationToken\"", form[..form.IndexOf("</form>", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.DoesNotContain("/es/account/login\"", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/en/countries/mx", "?x=1", "<a href=\"/es/countries/mx?x=1\" hreflang=\"es\" lang=\"es\">Español</a>")]
    [InlineData("/es/countries/mx", "", "<a href=\"/en/countries/mx\" hreflang=\"en\" lang=\"en\">English</a>")]
    public async Task LanguageLink_LeadsToTheSamePageAndQueryInTheOtherLanguage(string path, string query, string link)
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));
        var page = await app.CreateClient().GetStringAsync(path + query);

        Assert.Contains(link, page, StringComparison.Ordinal);
        foreach (var language in new[] { "en", "es" })
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"<link rel=\"alternate\" hreflang=\"{language}\" href=\"/{language}{path[3..]}\">"), page, StringComparison.Ordinal);
    }
}
