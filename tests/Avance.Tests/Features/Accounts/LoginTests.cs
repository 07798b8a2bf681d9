using System.Net;
using Avance.Features.Accounts;
using Avance.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Avance.Tests.Features.Accounts;

public sealed class LoginTests
{
    [Fact]
    public async Task Signing_in_gives_a_session_and_signing_out_ends_it()
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));
        var coordinator = await app.CreateUserAsync(AccountRole.Coordinator);

        using var client = await app.SignedInClientAsync(coordinator);
        var home = await client.GetStringAsync("/es");
        Assert.Contains(coordinator.Email!, home, StringComparison.Ordinal);
        Assert.Contains("Cerrar sesión", home, StringComparison.Ordinal);

        using var signOut = await client.PostFormAsync("/es", [], "/es/account/logout");
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.DoesNotContain(coordinator.Email!, await client.GetStringAsync("/es"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_says_so_in_the_pages_language_and_five_lock_the_account()
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));
        var user = await app.CreateUserAsync(AccountRole.FocalPoint, await app.OrganisationIdAsync(Avance.Domain.OrganisationKind.GovernmentAgency));
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var failed = await client.PostFormAsync("/es/account/login", new() { ["Email"] = user.Email!, ["Password"] = "wrong password here" });
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
            var page = await failed.Content.ReadAsStringAsync();
            Assert.Contains(attempt < 5 ? "no corresponden a ninguna cuenta" : "está bloqueada", page, StringComparison.Ordinal);
        }

        using var right = await client.PostFormAsync("/es/account/login", new() { ["Email"] = user.Email!, ["Password"] = TestAccounts.Password });
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("está bloqueada", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));
        var user = await app.CreateUserAsync(AccountRole.Coordinator);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.PostAsync("/en/account/login",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = user.Email!, ["Password"] = TestAccounts.Password }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Only_local_return_addresses_are_followed()
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));
        var user = await app.CreateUserAsync(AccountRole.Coordinator);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.PostFormAsync("/en/account/login",
            new() { ["Email"] = user.Email!, ["Password"] = TestAccounts.Password, ["ReturnUrl"] = "https://example.com/steal" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/en/workspace", response.Headers.Location?.OriginalString);
    }
}
