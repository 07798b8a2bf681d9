using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Avance.Domain;
using Avance.Features.Accounts;
using Avance.Tests.Infrastructure;

namespace Avance.Tests.Features.Accounts;

public sealed partial class TokensPageTests
{
    [Theory, Providers]
    public async Task A_new_token_is_shown_once_works_on_the_api_and_is_listed_without_its_secret(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var focalPoint = await app.CreateUserAsync(AccountRole.FocalPoint, await app.OrganisationIdAsync(OrganisationKind.GovernmentAgency));
        using var client = await app.SignedInClientAsync(focalPoint);

        using var created = await client.PostFormAsync("/en/account/tokens",
            new() { ["Name"] = "monthly upload", ["Scopes"] = "Report", ["Days"] = "30" }, "/en/account/tokens?handler=Create");

        var html = await created.Content.ReadAsStringAsync();
        Assert.Contains("Copy it now: this is the only time it is shown.", await created.TextAsync());
        Assert.True(created.Headers.CacheControl?.NoStore);
        var secret = Secret().Match(html).Groups[1].Value;
        using var api = app.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        var me = await api.GetFromJsonAsync<MeResponse>("/api/v1/me");
        Assert.Equal([Permissions.ReportValues], me!.Permissions);

        var listed = await client.GetAsync("/en/account/tokens");
        var page = await listed.TextAsync();
        Assert.DoesNotContain(secret, await listed.Content.ReadAsStringAsync());
        Assert.Contains("monthly upload", page);
        Assert.Contains(secret[..PersonalAccessToken.PrefixLength], page);
        Assert.Matches(@"monthly upload\s+avance_\S+…\s+Report\s+\d+ \w+ \d{4}, \d\d:\d\d UTC\s+\d+ \w+ \d{4}, \d\d:\d\d UTC\s+\d+ \w+ \d{4}, \d\d:\d\d UTC\s+Active", page);
        var entry = Assert.Single(await app.HistoryAsync(focalPoint.Id));
        Assert.Equal(AccountAudit.TokenCreate, entry.Action);
        Assert.Contains("\"name\":\"monthly upload\"", entry.After);
        Assert.DoesNotContain(secret, entry.After);
    }

    [Theory]
    [InlineData(AccountRole.Observer, new[] { "Assess" })]
    [InlineData(AccountRole.FocalPoint, new[] { "Read", "Report" })]
    [InlineData(AccountRole.Coordinator, new[] { "Read", "Report", "Review", "Author", "Assess", "Administer" })]
    public async Task Only_scopes_that_grant_the_role_something_are_offered(AccountRole role, string[] offered)
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));
        var kind = role == AccountRole.Observer ? OrganisationKind.CivilSociety : OrganisationKind.GovernmentAgency;
        var user = await app.CreateUserAsync(role, role is AccountRole.Observer or AccountRole.FocalPoint ? await app.OrganisationIdAsync(kind) : null);
        using var client = await app.SignedInClientAsync(user);

        var html = await client.GetStringAsync("/en/account/tokens");

        Assert.Equal(offered, ScopeBox().Matches(html).Select(m => m.Groups[1].Value));
    }

    [Theory]
    [InlineData("", "Report", "30", "Name: give the token a name")]
    [InlineData("script", "", "30", "Scopes: choose at least one.")]
    [InlineData("script", "Review", "30", "Scopes: choose only among the scopes listed")]
    [InlineData("script", "63", "30", "Scopes: choose only among the scopes listed")]
    [InlineData("script", "Report", "0", "Valid for: enter a whole number of days from 1 to 365.")]
    [InlineData("script", "Report", "366", "Valid for: enter a whole number of days from 1 to 365.")]
    [InlineData("script", "Report", "ninety", "Valid for: enter a whole number of days from 1 to 365.")]
    public async Task A_token_request_with_a_problem_says_which_field_and_creates_nothing(string name, string scope, string days, string explanation)
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));
        var focalPoint = await app.CreateUserAsync(AccountRole.FocalPoint, await app.OrganisationIdAsync(OrganisationKind.GovernmentAgency));
        using var client = await app.SignedInClientAsync(focalPoint);

        // A browser leaves out a group of checkboxes none of which is ticked.
        var fields = new Dictionary<string, string> { ["Name"] = name, ["Days"] = days };
        if (scope.Length > 0) fields["Scopes"] = scope;
        using var response = await client.PostFormAsync("/en/account/tokens", fields, "/en/account/tokens?handler=Create");

        var text = await response.TextAsync();
        Assert.Contains(explanation, text);
        Assert.Contains("You have no tokens yet.", text);
        Assert.Empty(await app.HistoryAsync(focalPoint.Id));
        if (name.Length > 0) Assert.Contains($"value=\"{name}\"", await response.Content.ReadAsStringAsync());
    }

    [Theory, Providers]
    public async Task A_revoked_token_stops_working_and_only_its_owner_can_revoke_it(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var owner = await app.CreateUserAsync(AccountRole.Coordinator);
        var someoneElse = await app.CreateUserAsync(AccountRole.Coordinator);
        using var owners = await app.SignedInClientAsync(owner);
        using var others = await app.SignedInClientAsync(someoneElse);
        using var created = await owners.PostFormAsync("/en/account/tokens",
            new() { ["Name"] = "reporting", ["Scopes"] = "Read", ["Days"] = "90" }, "/en/account/tokens?handler=Create");
        var secret = Secret().Match(await created.Content.ReadAsStringAsync()).Groups[1].Value;
        var id = RevokeId().Match(await owners.GetStringAsync("/en/account/tokens")).Groups[1].Value;

        using var notTheirs = await others.PostFormAsync("/en/account/tokens", new() { ["id"] = id }, "/en/account/tokens?handler=Revoke");
        Assert.Equal(HttpStatusCode.NotFound, notTheirs.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Api(app, secret).GetAsync("/api/v1/me")).StatusCode);

        using var revoked = await owners.PostFormAsync("/es/account/tokens", new() { ["id"] = id }, "/es/account/tokens?handler=Revoke");
        var text = await revoked.TextAsync();
        Assert.Contains("El token reporting quedó revocado", text);
        Assert.Contains("Revocado el", text);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Api(app, secret).GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal([AccountAudit.TokenCreate, AccountAudit.TokenRevoke], (await app.HistoryAsync(owner.Id)).Select(e => e.Action));
    }

    [Fact]
    public async Task Tokens_are_managed_in_the_browser_only_never_with_a_token()
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));
        var coordinator = await app.CreateUserAsync(AccountRole.Coordinator);
        var secret = await app.IssueTokenAsync(coordinator, (TokenScope)63, TimeSpan.FromDays(1));
        using var client = app.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);

        using var page = await client.GetAsync("/en/account/tokens");
        using var post = await client.PostAsync("/en/account/tokens?handler=Create",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Name"] = "minted", ["Scopes"] = "Read", ["Days"] = "1" }));

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/en/account/login", page.Headers.Location?.OriginalString);
        Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
        Assert.Empty(await app.HistoryAsync(coordinator.Id));
    }

    private static HttpClient Api(AvanceApp app, string secret)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    [GeneratedRegex(@"id=""new-token""[^>]*>(avance_[^<]+)</textarea>")]
    private static partial Regex Secret();

    [GeneratedRegex(@"name=""Scopes"" value=""(\w+)""")]
    private static partial Regex ScopeBox();

    [GeneratedRegex(@"name=""id"" value=""(\d+)""")]
    private static partial Regex RevokeId();
}
