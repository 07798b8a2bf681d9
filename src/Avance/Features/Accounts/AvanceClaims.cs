using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Avance.Features.Accounts;

public static class AvanceClaims
{
    public const string Role = "avance:role";
    public const string Organisation = "avance:organisation";
    public const string Permission = "avance:permission";

    /// <summary>The claims an account carries: its role, its organisation, and the permissions granted (narrowed for a token).</summary>
    public static IEnumerable<Claim> For(AvanceUser user, IReadOnlySet<string> permissions)
    {
        yield return new Claim(Role, user.Role.ToString());
        if (user.OrganisationId is { } organisation)
            yield return new Claim(Organisation, organisation.ToString(CultureInfo.InvariantCulture));
        foreach (var permission in permissions.Order(StringComparer.Ordinal))
            yield return new Claim(Permission, permission);
    }
}

/// <summary>Adds Avance's claims to the cookie Identity issues at sign-in.</summary>
internal sealed class AvanceClaimsFactory(UserManager<AvanceUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AvanceUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AvanceUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaims(AvanceClaims.For(user, Permissions.Of(user.Role)));
        return identity;
    }
}
