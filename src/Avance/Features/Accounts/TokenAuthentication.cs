using System.Security.Claims;
using System.Text.Encodings.Web;
using Avance.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Avance.Features.Accounts;

/// <summary>
/// Authenticates API requests that carry "Authorization: Bearer avance_…": a known, unexpired, unrevoked token of an
/// account that is not locked out acts as its owner, with only the permissions both the role and the scopes grant.
/// </summary>
internal sealed class TokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AvanceDb db, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Token";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (BearerToken(Request) is not { } token) return AuthenticateResult.NoResult();
        var now = clock.GetUtcNow();
        var hash = TokenSecrets.Hash(token);
        var found = await db.PersonalAccessTokens.AsTracking()
            .Where(t => t.Hash == hash)
            .Select(t => new { Token = t, User = db.Users.First(u => u.Id == t.UserId) })
            .FirstOrDefaultAsync(Context.RequestAborted);
        if (found is null || !found.Token.IsActive(now)) return AuthenticateResult.Fail("The token is unknown, expired or revoked.");
        if (found.User.LockoutEnd is { } lockedUntil && lockedUntil > now) return AuthenticateResult.Fail("The account is locked.");

        found.Token.LastUsedAt = now;
        await db.SaveChangesAsync(Context.RequestAborted);

        var permissions = Permissions.Of(found.User.Role).Intersect(Permissions.Of(found.Token.Scopes)).ToHashSet();
        var identity = new ClaimsIdentity(SchemeName);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, found.User.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(ClaimTypes.Name, found.User.Email ?? found.User.UserName ?? ""));
        identity.AddClaims(AvanceClaims.For(found.User, permissions));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    internal static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string bearer = "Bearer ";
        return header.StartsWith(bearer, StringComparison.OrdinalIgnoreCase) ? header[bearer.Length..].Trim() : null;
    }
}
