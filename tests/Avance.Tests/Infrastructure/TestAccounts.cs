using System.Net.Http.Headers;
using Avance.Data;
using Avance.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Avance.Tests.Infrastructure;

/// <summary>Accounts and API tokens made through the application's own Identity services, for tests that act as someone.</summary>
public static class TestAccounts
{
    public const string Password = "correct horse battery staple";

    /// <summary>An account with a role; focal points and observers are bound to an organisation.</summary>
    public static async Task<AvanceUser> CreateUserAsync(this AvanceApp app, AccountRole role, int? organisationId = null, string? email = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AvanceUser>>();
        email ??= $"{role.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        var user = new AvanceUser { UserName = email, Email = email, Role = role, OrganisationId = organisationId, CreatedAt = DateTimeOffset.UtcNow };
        var result = await users.CreateAsync(user, Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        return user;
    }

    /// <summary>The id of a demo organisation of a kind (the first by id), for binding focal points and observers.</summary>
    public static async Task<int> OrganisationIdAsync(this AvanceApp app, global::Avance.Domain.OrganisationKind kind, int skip = 0)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AvanceDb>();
        return await db.Organisations.Where(o => o.Kind == kind).OrderBy(o => o.Id).Select(o => o.Id).Skip(skip).FirstAsync();
    }

    /// <summary>A client that calls the API with a fresh personal access token of the account.</summary>
    public static async Task<HttpClient> ClientWithTokenAsync(this AvanceApp app, AvanceUser user, TokenScope scopes = (TokenScope)63,
        TimeSpan? lifetime = null)
    {
        var secret = await IssueTokenAsync(app, user, scopes, lifetime ?? TimeSpan.FromDays(30));
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    public static async Task<string> IssueTokenAsync(this AvanceApp app, AvanceUser user, TokenScope scopes, TimeSpan lifetime)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AvanceDb>();
        var now = DateTimeOffset.UtcNow;
        var (token, secret) = PersonalAccessTokens.Issue(user.Id, "test", scopes, now, now + lifetime);
        db.PersonalAccessTokens.Add(token);
        await db.SaveChangesAsync();
        return secret;
    }
}
