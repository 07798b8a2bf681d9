using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Avance.Data;
using Avance.Domain;
using Avance.Features.Accounts;
using Avance.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Avance.Tests.Features.Accounts;

public sealed class TokenAuthenticationTests
{
    [Theory, Providers]
    public async Task A_token_acts_as_its_owner_with_the_role_narrowed_to_its_scopes(Provider provider)
    {
        await using var app = new AvanceApp(TestDatabase.Create(provider));
        var agency = await app.OrganisationIdAsync(OrganisationKind.GovernmentAgency);
        var focalPoint = await app.CreateUserAsync(AccountRole.FocalPoint, agency);

        using var reporting = await app.ClientWithTokenAsync(focalPoint, TokenScope.Report | TokenScope.Review);
        var me = await reporting.GetFromJsonAsync<MeResponse>("/api/v1/me");

        Assert.NotNull(me);
        Assert.Equal(focalPoint.Email, me.Email);
        Assert.Equal(AccountRole.FocalPoint, me.Role);
        Assert.Equal(agency, me.OrganisationId);
        // Review is in the token's scopes but not in the focal point's role; viewing the workspace is the reverse.
        Assert.Equal([Permissions.ReportValues], me.Permissions);
    }

    [Fact]
    public async Task A_coordinators_full_token_carries_every_coordinator_permission()
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));
        var coordinator = await app.CreateUserAsync(AccountRole.Coordinator);
        using var client = await app.ClientWithTokenAsync(coordinator);

        var me = await client.GetFromJsonAsync<MeResponse>("/api/v1/me");

        Assert.Equal(Permissions.Of(AccountRole.Coordinator).Order(StringComparer.Ordinal), me!.Permissions);
    }

    [Fact]
    public async Task Unknown_expired_revoked_and_locked_out_tokens_get_401_problem_details()
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));
        var user = await app.CreateUserAsync(AccountRole.Coordinator);
        var expired = await app.IssueTokenAsync(user, TokenScope.Read, TimeSpan.FromSeconds(-1));
        var revoked = await app.IssueTokenAsync(user, TokenScope.Read, TimeSpan.FromDays(1));
        var lockedOwner = await app.CreateUserAsync(AccountRole.Coordinator);
        var ofLockedOwner = await app.IssueTokenAsync(lockedOwner, TokenScope.Read, TimeSpan.FromDays(1));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AvanceDb>();
            var hash = TokenSecrets.Hash(revoked);
            await db.PersonalAccessTokens.Where(t => t.Hash == hash).ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, DateTimeOffset.UtcNow));
            await db.Users.Where(u => u.Id == lockedOwner.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, DateTimeOffset.UtcNow.AddHours(1)));
        }

        foreach (var secret in new[] { TokenSecrets.Generate(), expired, revoked, ofLockedOwner, "not-a-token" })
        {
            using var client = app.CreateClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
            using var response = await client.GetAsync("/api/v1/me");
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Anonymous_api_calls_get_401_and_public_data_stays_open()
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));
        using var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/countries/mx")).StatusCode);
    }

    [Fact]
    public async Task Only_the_hash_of_a_token_is_stored()
    {
        await using var app = new AvanceApp(TestDatabase.Create(Provider.Sqlite));
        var user = await app.CreateUserAsync(AccountRole.Observer, await app.OrganisationIdAsync(OrganisationKind.CivilSociety));
        var secret = await app.IssueTokenAsync(user, TokenScope.Assess, TimeSpan.FromDays(1));

        await using var scope = app.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<AvanceDb>().PersonalAccessTokens.SingleAsync(t => t.UserId == user.Id);
        Assert.DoesNotContain(secret, new[] { stored.Hash, stored.Prefix, stored.Name });
        Assert.Equal(TokenSecrets.Hash(secret), stored.Hash);
        Assert.StartsWith(stored.Prefix, secret, StringComparison.Ordinal);
    }
}
