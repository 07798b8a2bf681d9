using System.Net;
using Avance.Features.Accounts;
using Avance.Tests.Infrastructure;

namespace Avance.Tests.Features.Accounts;

public sealed class ChangePasswordTests
{
    private const string NewPassword = "another long passphrase";

    [Theory, Providers]
    public async Task The_right_current_password_and_the_new_one_twice_change_it_and_the_change_is_audited(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var user = await app.CreateUserAsync(AccountRole.Coordinator);
        using var client = await app.SignedInClientAsync(user);

        using var response = await client.PostFormAsync("/en/account/password",
            new() { ["CurrentPassword"] = TestAccounts.Password, ["NewPassword"] = NewPassword, ["ConfirmPassword"] = NewPassword });

        Assert.Contains("Your password was changed", await response.TextAsync());
        Assert.True(await app.SignsInAsync(user.Email!, NewPassword));
        Assert.False(await app.SignsInAsync(user.Email!, TestAccounts.Password));
        var entry = Assert.Single(await app.HistoryAsync(user.Id));
        Assert.Equal((AccountAudit.PasswordChange, user.Email), (entry.Action, entry.Actor));
        Assert.Null(entry.After);
        // This session goes on after the change.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/en/account/password")).StatusCode);
    }

    [Theory]
    [InlineData("en", "not my password at all", NewPassword, NewPassword, "Current password: this is not your current password")]
    [InlineData("es", "not my password at all", NewPassword, NewPassword, "Contraseña actual: no es su contraseña actual")]
    [InlineData("en", TestAccounts.Password, NewPassword, "another long passphrasE", "the two new passwords are not the same")]
    [InlineData("es", TestAccounts.Password, NewPassword, "", "las dos contraseñas nuevas no coinciden")]
    [InlineData("es", TestAccounts.Password, "too short", "too short", "use al menos 12 caracteres")]
    [InlineData("en", "", NewPassword, NewPassword, "Current password: enter the password you use now.")]
    public async Task A_refused_change_says_why_in_the_pages_language_and_keeps_the_password(
        string language, string current, string password, string confirmation, string explanation)
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));
        var user = await app.CreateUserAsync(AccountRole.Observer, await app.OrganisationIdAsync(Avance.Domain.OrganisationKind.CivilSociety));
        using var client = await app.SignedInClientAsync(user);

        using var response = await client.PostFormAsync($"/{language}/account/password",
            new() { ["CurrentPassword"] = current, ["NewPassword"] = password, ["ConfirmPassword"] = confirmation });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(explanation, await response.TextAsync());
        Assert.True(await app.SignsInAsync(user.Email!, TestAccounts.Password));
        Assert.Empty(await app.HistoryAsync(user.Id));
    }

    [Fact]
    public async Task Signing_in_first_is_required_and_a_token_is_not_a_session()
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));
        var user = await app.CreateUserAsync(AccountRole.Coordinator);
        using var anonymous = app.AnonymousClient();
        using var withToken = await app.ClientWithTokenAsync(user);

        using var page = await anonymous.GetAsync("/en/account/password");
        using var tokenPage = await withToken.GetAsync("/en/account/password");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/en/account/login?returnUrl=", page.Headers.Location?.OriginalString);
        // The token's client follows redirects: it lands on the login page.
        Assert.Equal("/en/account/login", tokenPage.RequestMessage?.RequestUri?.AbsolutePath);
        Assert.DoesNotContain("Change your password", await tokenPage.Content.ReadAsStringAsync());
    }
}
