using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Avance.Domain;
using Avance.Features.Accounts;
using Avance.Tests.Infrastructure;

namespace Avance.Tests.Features.Accounts;

public sealed partial class AccountAdministrationTests
{
    [Theory, Providers]
    public async Task A_created_account_gets_a_link_in_its_language_chooses_a_password_and_signs_in(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var admin = await app.CreateUserAsync(AccountRole.Administrator);
        var agency = await app.OrganisationIdAsync(OrganisationKind.GovernmentAgency);
        using var client = await app.SignedInClientAsync(admin);

        using var created = await client.PostFormAsync("/en/admin/accounts", new()
        {
            ["Email"] = "maria@example.org", ["Role"] = "FocalPoint", ["OrganisationId"] = agency.ToString(), ["MailLanguage"] = "es",
        });

        Assert.Contains("The account maria@example.org was created and a link to choose a password was sent to it.", await created.TextAsync());
        var mail = Assert.Single(app.To("maria@example.org"));
        Assert.Equal("Su cuenta de Avance", mail.Subject);
        Assert.Contains("con el rol Enlace institucional", mail.Body);
        using var person = app.AnonymousClient();
        var link = mail.LinkPath("/es/account/reset-password");
        using var saved = await person.PostFormAsync(link, new() { ["NewPassword"] = "her own passphrase", ["ConfirmPassword"] = "her own passphrase" });
        Assert.Contains("Su contraseña quedó guardada", await saved.TextAsync());
        Assert.True(await app.SignsInAsync("maria@example.org", "her own passphrase"));

        var id = AccountLink().Match(await client.GetStringAsync("/en/admin/accounts")).Groups[1].Value;
        var page = await (await client.GetAsync($"/en/admin/accounts/{id}")).TextAsync();
        Assert.Matches($@"Account created\s+Agency focal point — SRE", page);
        Assert.Matches(@"maria@example.org\s+Password chosen with an e-mailed link", page);
        Assert.Contains(admin.Email!, page);
    }

    [Theory]
    [InlineData("not an address", "Coordinator", null, "E-mail: enter an address such as name@example.org.")]
    [InlineData("new@example.org", "", null, "Role: choose one of the roles listed.")]
    [InlineData("new@example.org", "Observer", null, "Organisation: an account with the role Civil-society observer must be bound to an organisation.")]
    [InlineData("new@example.org", "Coordinator", OrganisationKind.GovernmentAgency, "Organisation: an account with the role Coordinator is not bound to an organisation.")]
    [InlineData("new@example.org", "Observer", OrganisationKind.GovernmentAgency, "Organisation: an account with the role Civil-society observer cannot be bound to this kind of organisation.")]
    [InlineData("new@example.org", "FocalPoint", OrganisationKind.CivilSociety, "Organisation: an account with the role Agency focal point cannot be bound to this kind of organisation.")]
    [InlineData("taken@example.org", "Coordinator", null, "E-mail: an account with this address already exists.")]
    public async Task A_refused_account_says_which_field_is_wrong_keeps_the_input_and_creates_nothing(
        string email, string role, OrganisationKind? kind, string explanation)
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));
        var admin = await app.CreateUserAsync(AccountRole.Administrator);
        await app.CreateUserAsync(AccountRole.Coordinator, email: "taken@example.org");
        var organisation = kind is { } k ? (await app.OrganisationIdAsync(k)).ToString() : "";
        using var client = await app.SignedInClientAsync(admin);

        using var response = await client.PostFormAsync("/en/admin/accounts",
            new() { ["Email"] = email, ["Role"] = role, ["OrganisationId"] = organisation, ["MailLanguage"] = "en" });

        Assert.Contains(explanation, await response.TextAsync());
        Assert.Contains($"value=\"{email}\"", await response.Content.ReadAsStringAsync());
        Assert.Empty(app.To(email));
        Assert.Equal(2, (await client.GetStringAsync("/en/admin/accounts")).Split("/en/admin/accounts/").Length - 1);
    }

    [Theory, Providers]
    public async Task Role_changes_are_saved_from_the_state_the_administrator_saw_and_shown_in_the_history(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var admin = await app.CreateUserAsync(AccountRole.Administrator);
        var account = await app.CreateUserAsync(AccountRole.Coordinator);
        var civilSociety = await app.OrganisationIdAsync(OrganisationKind.CivilSociety);
        using var client = await app.SignedInClientAsync(admin);
        var url = $"/en/admin/accounts/{account.Id}";
        var staleStamp = Stamp().Match(await client.GetStringAsync(url)).Groups[1].Value;

        using var changed = await PostRoleAsync(client, url, "Observer", civilSociety.ToString());
        Assert.Contains("The role and organisation are saved.", await changed.TextAsync());

        using var stale = await client.PostAsync(url + "?handler=Role", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Role"] = "Administrator", ["OrganisationId"] = "", ["Stamp"] = staleStamp,
            ["__RequestVerificationToken"] = await AntiforgeryAsync(client, url),
        }));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Someone else changed this account while you were looking at it. It is now: Civil-society observer — WILPF Mexico.", await stale.TextAsync());

        var stored = await app.StoredAsync(account.Id);
        Assert.Equal((AccountRole.Observer, (int?)civilSociety), (stored.Role, stored.OrganisationId));
        var entry = Assert.Single(await app.HistoryAsync(account.Id));
        Assert.Equal((AccountAudit.Role, admin.Email), (entry.Action, entry.Actor));
        Assert.Matches(@"Role changed\s+Coordinator → Civil-society observer — WILPF Mexico", await (await client.GetAsync(url)).TextAsync());
    }

    [Theory, Providers]
    public async Task A_locked_account_cannot_sign_in_nor_use_its_tokens_until_unlocked(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var admin = await app.CreateUserAsync(AccountRole.Administrator);
        var account = await app.CreateUserAsync(AccountRole.Coordinator);
        var secret = await app.IssueTokenAsync(account, TokenScope.Read, TimeSpan.FromDays(1));
        using var client = await app.SignedInClientAsync(admin);
        var url = $"/es/admin/accounts/{account.Id}";

        using var locked = await client.PostFormAsync(url, [], url + "?handler=Lock");
        Assert.Contains("La cuenta quedó bloqueada.", await locked.TextAsync());
        Assert.False(await app.SignsInAsync(account.Email!, TestAccounts.Password));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Api(app, secret).GetAsync("/api/v1/me")).StatusCode);
        Assert.Contains("Bloqueada por un administrador", await (await client.GetAsync("/es/admin/accounts")).TextAsync());

        using var unlocked = await client.PostFormAsync(url, [], url + "?handler=Unlock");
        Assert.Contains("La cuenta quedó desbloqueada.", await unlocked.TextAsync());
        Assert.True(await app.SignsInAsync(account.Email!, TestAccounts.Password));
        Assert.Equal(HttpStatusCode.OK, (await Api(app, secret).GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal([AccountAudit.Lock, AccountAudit.Unlock], (await app.HistoryAsync(account.Id)).Select(e => e.Action));
    }

    [Fact]
    public async Task The_last_administrator_who_can_sign_in_keeps_the_role_and_cannot_be_locked()
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));
        var admin = await app.CreateUserAsync(AccountRole.Administrator);
        var lockedAdmin = await app.CreateUserAsync(AccountRole.Administrator);
        await app.LockAsync(lockedAdmin.Id);
        using var client = await app.SignedInClientAsync(admin);
        var url = $"/en/admin/accounts/{admin.Id}";

        using var demoted = await PostRoleAsync(client, url, "Coordinator", "");
        using var locked = await client.PostFormAsync(url, [], url + "?handler=Lock");

        Assert.Contains("This is the last administrator who can sign in", await demoted.TextAsync());
        Assert.Contains("This is the last administrator who can sign in", await locked.TextAsync());
        var stored = await app.StoredAsync(admin.Id);
        Assert.Equal((AccountRole.Administrator, false), (stored.Role, stored.IsLocked(DateTimeOffset.UtcNow)));
        Assert.Empty(await app.HistoryAsync(admin.Id));

        var second = await app.CreateUserAsync(AccountRole.Administrator);
        using var allowed = await PostRoleAsync(client, $"/en/admin/accounts/{second.Id}", "Coordinator", "");
        Assert.Equal(AccountRole.Coordinator, (await app.StoredAsync(second.Id)).Role);
    }

    [Fact]
    public async Task Only_administrators_see_the_accounts_pages_and_only_with_their_session()
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));
        var admin = await app.CreateUserAsync(AccountRole.Administrator);
        var coordinator = await app.CreateUserAsync(AccountRole.Coordinator);
        using var coordinators = await app.SignedInClientAsync(coordinator);
        using var admins = await app.SignedInClientAsync(admin);
        using var adminToken = await app.ClientWithTokenAsync(admin);

        Assert.Equal(HttpStatusCode.Forbidden, (await coordinators.GetAsync("/en/admin/accounts")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinators.GetAsync($"/en/admin/accounts/{admin.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admins.GetAsync("/en/admin/accounts/999999")).StatusCode);
        Assert.Equal("/en/account/login", (await adminToken.GetAsync("/en/admin/accounts")).RequestMessage?.RequestUri?.AbsolutePath);
        Assert.DoesNotContain("/en/admin/accounts", await coordinators.GetStringAsync("/en"));
        Assert.Contains("/en/admin/accounts", await admins.GetStringAsync("/en"));
    }

    private static HttpClient Api(AvanceApp app, string secret)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    /// <summary>Submits the role form as the page shows it, with the account's stamp from the page.</summary>
    private static async Task<HttpResponseMessage> PostRoleAsync(HttpClient client, string url, string role, string organisation)
    {
        var stamp = Stamp().Match(await client.GetStringAsync(url)).Groups[1].Value;
        return await client.PostFormAsync(url, new() { ["Role"] = role, ["OrganisationId"] = organisation, ["Stamp"] = stamp }, url + "?handler=Role");
    }

    private static async Task<string> AntiforgeryAsync(HttpClient client, string url) =>
        WebUtility.HtmlDecode(Antiforgery().Match(await client.GetStringAsync(url)).Groups[1].Value);

    [GeneratedRegex(@"href=""/en/admin/accounts/(\d+)"">maria@example.org<")]
    private static partial Regex AccountLink();

    [GeneratedRegex(@"name=""Stamp"" value=""([^""]+)""")]
    private static partial Regex Stamp();

    [GeneratedRegex(@"name=""__RequestVerificationToken"" type=""hidden"" value=""([^""]+)""")]
    private static partial Regex Antiforgery();
}
