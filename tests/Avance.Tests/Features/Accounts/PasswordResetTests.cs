using System.Net;
using Avance.Domain;
using Avance.Features.Accounts;
using Avance.Tests.Infrastructure;

namespace Avance.Tests.Features.Accounts;

public sealed class PasswordResetTests
{
    private const string NewPassword = "a brand new passphrase";

    [Theory, Providers]
    public async Task Forgotten_password_mail_link_new_password_then_sign_in_in_the_pages_language(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var user = await app.CreateUserAsync(AccountRole.FocalPoint, await app.OrganisationIdAsync(OrganisationKind.GovernmentAgency));
        using var client = app.AnonymousClient();

        using var asked = await client.PostFormAsync("/es/account/forgot-password", new() { ["Email"] = user.Email! });
        Assert.Contains("Si existe una cuenta con este correo electrónico", await asked.TextAsync());

        var mail = Assert.Single(app.To(user.Email!));
        Assert.Equal("Elija una contraseña nueva de Avance", mail.Subject);
        Assert.Contains("Funciona una sola vez", mail.Body);
        var link = mail.LinkPath("/es/account/reset-password");
        using var form = await client.GetAsync(link);
        Assert.Contains("Elija una contraseña nueva", await form.TextAsync());
        Assert.Equal("no-referrer", form.Headers.GetValues("Referrer-Policy").Single());

        using var saved = await client.PostFormAsync(link, new() { ["NewPassword"] = NewPassword, ["ConfirmPassword"] = NewPassword });
        Assert.Contains("Su contraseña quedó guardada", await saved.TextAsync());

        Assert.True(await app.SignsInAsync(user.Email!, NewPassword));
        Assert.False(await app.SignsInAsync(user.Email!, TestAccounts.Password));
        var entry = Assert.Single(await app.HistoryAsync(user.Id));
        Assert.Equal((AccountAudit.PasswordReset, user.Email), (entry.Action, entry.Actor));
        Assert.Null(entry.After);

        using var again = await client.GetAsync(link);
        Assert.Contains("Este enlace no se puede usar", await again.TextAsync());
    }

    [Fact]
    public async Task An_unknown_address_gets_the_same_answer_and_no_mail()
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));
        var user = await app.CreateUserAsync(AccountRole.Coordinator);
        using var client = app.AnonymousClient();

        var known = await (await client.PostFormAsync("/en/account/forgot-password", new() { ["Email"] = user.Email! })).TextAsync();
        var unknown = await (await client.PostFormAsync("/en/account/forgot-password", new() { ["Email"] = "nobody@example.org" })).TextAsync();

        Assert.Contains("If an account has this e-mail address, we have sent it a link", unknown);
        Assert.Equal(known.Replace(user.Email!, ""), unknown.Replace("nobody@example.org", ""));
        Assert.Empty(app.To("nobody@example.org"));
        var mail = Assert.Single(app.To(user.Email!));
        Assert.Equal("Choose a new Avance password", mail.Subject);
    }

    [Fact]
    public async Task Something_that_is_not_an_address_is_explained_and_kept_in_the_field()
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));
        using var client = app.AnonymousClient();

        using var response = await client.PostFormAsync("/en/account/forgot-password", new() { ["Email"] = "ana at example" });

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("E-mail: enter an address such as name@example.org.", await response.TextAsync());
        Assert.Contains("value=\"ana at example\"", html);
    }

    [Fact]
    public async Task Mismatched_or_short_new_passwords_are_explained_and_the_link_still_works()
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));
        var user = await app.CreateUserAsync(AccountRole.Coordinator);
        using var client = app.AnonymousClient();
        await client.PostFormAsync("/en/account/forgot-password", new() { ["Email"] = user.Email! });
        var link = Assert.Single(app.To(user.Email!)).LinkPath("/en/account/reset-password");

        using var differ = await client.PostFormAsync(link, new() { ["NewPassword"] = NewPassword, ["ConfirmPassword"] = NewPassword + "!" });
        Assert.Contains("the two new passwords are not the same", await differ.TextAsync());
        using var tooShort = await client.PostFormAsync(link, new() { ["NewPassword"] = "short", ["ConfirmPassword"] = "short" });
        Assert.Contains("Password: use at least 12 characters.", await tooShort.TextAsync());
        Assert.True(await app.SignsInAsync(user.Email!, TestAccounts.Password));

        using var saved = await client.PostFormAsync(link, new() { ["NewPassword"] = NewPassword, ["ConfirmPassword"] = NewPassword });
        Assert.Contains("Your password is saved", await saved.TextAsync());
    }

    [Fact]
    public async Task A_tampered_link_is_refused_before_anything_is_typed_and_after()
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));
        var user = await app.CreateUserAsync(AccountRole.Coordinator);
        var other = await app.CreateUserAsync(AccountRole.Coordinator);
        using var client = app.AnonymousClient();
        await client.PostFormAsync("/en/account/forgot-password", new() { ["Email"] = user.Email! });
        var link = Assert.Single(app.To(user.Email!)).LinkPath("/en/account/reset-password");
        var token = link[(link.IndexOf("token=", StringComparison.Ordinal) + 6)..];

        foreach (var tampered in new[]
        {
            $"/en/account/reset-password?user={user.Id}&token={token[..10]}{(token[10] == 'A' ? 'B' : 'A')}{token[11..]}",
            $"/en/account/reset-password?user={other.Id}&token={token}",
            $"/en/account/reset-password?user={user.Id}&token=not*base64",
            $"/en/account/reset-password?user={user.Id}",
            "/en/account/reset-password",
        })
        {
            using var page = await client.GetAsync(tampered);
            Assert.Contains("This link cannot be used", await page.TextAsync());
        }
        // The form of the real link, posted with the token for another account.
        using var posted = await client.PostFormAsync(link,
            new() { ["user"] = other.Id.ToString(), ["Token"] = token, ["NewPassword"] = NewPassword, ["ConfirmPassword"] = NewPassword },
            "/en/account/reset-password");
        Assert.Contains("This link cannot be used", await posted.TextAsync());
        Assert.True(await app.SignsInAsync(other.Email!, TestAccounts.Password));
    }

    [Fact]
    public async Task A_link_past_its_lifetime_is_refused()
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite)) { Settings = { [AccountServices.PasswordLinkLifetimeSetting] = "00:00:01" } };
        var user = await app.CreateUserAsync(AccountRole.Coordinator);
        using var client = app.AnonymousClient();
        await client.PostFormAsync("/en/account/forgot-password", new() { ["Email"] = user.Email! });
        var link = Assert.Single(app.To(user.Email!)).LinkPath("/en/account/reset-password");

        await Task.Delay(TimeSpan.FromSeconds(1.5));

        using var page = await client.GetAsync(link);
        Assert.Contains("This link cannot be used: it has expired", await page.TextAsync());
    }

    [Fact]
    public async Task A_new_password_ends_the_lock_of_failed_sign_ins_but_an_administrators_lock_gets_no_link()
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));
        var user = await app.CreateUserAsync(AccountRole.Coordinator);
        for (var attempt = 0; attempt < 5; attempt++) await app.SignsInAsync(user.Email!, "not the password at all");
        Assert.False(await app.SignsInAsync(user.Email!, TestAccounts.Password));
        using var client = app.AnonymousClient();

        await client.PostFormAsync("/en/account/forgot-password", new() { ["Email"] = user.Email! });
        var link = Assert.Single(app.To(user.Email!)).LinkPath("/en/account/reset-password");
        await client.PostFormAsync(link, new() { ["NewPassword"] = NewPassword, ["ConfirmPassword"] = NewPassword });

        Assert.True(await app.SignsInAsync(user.Email!, NewPassword));

        var locked = await app.CreateUserAsync(AccountRole.Coordinator);
        await app.LockAsync(locked.Id);
        using var answer = await client.PostFormAsync("/en/account/forgot-password", new() { ["Email"] = locked.Email! });
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Empty(app.To(locked.Email!));
    }
}
