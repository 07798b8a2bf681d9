using System.Globalization;
using System.Security.Claims;

namespace Avance.Features.Accounts;

/// <summary>Who is making a request and what they may do, read from the claims their sign-in or token gave.</summary>
public sealed record Caller(int UserId, string Name, AccountRole Role, int? OrganisationId, IReadOnlySet<string> Permissions)
{
    public bool Has(string permission) => Permissions.Contains(permission);

    /// <summary>
    /// Whether the caller may act on something that belongs to an organisation. Administrators and coordinators act
    /// for every organisation; focal points and observers only for the one their account is bound to.
    /// </summary>
    public bool ActsFor(int? organisationId) =>
        Role is AccountRole.Administrator or AccountRole.Coordinator
        || (organisationId is not null && organisationId == OrganisationId);

    /// <summary>Whether the caller may act on something several organisations share (an activity's responsible and co-responsible agencies).</summary>
    public bool ActsForAny(IEnumerable<int> organisationIds) =>
        Role is AccountRole.Administrator or AccountRole.Coordinator
        || (OrganisationId is { } own && organisationIds.Contains(own));

    /// <summary>The account itself, for what a person does before signing in (choosing a password through an e-mailed link).</summary>
    public static Caller Of(AvanceUser user) => new(user.Id, user.Email ?? "", user.Role, user.OrganisationId, Accounts.Permissions.Of(user.Role));

    /// <summary>Null for an anonymous request.</summary>
    public static Caller? From(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true) return null;
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var role = principal.FindFirstValue(AvanceClaims.Role);
        if (id is null || role is null || !Enum.TryParse<AccountRole>(role, out var accountRole)) return null;
        var organisation = principal.FindFirstValue(AvanceClaims.Organisation);
        return new Caller(
            int.Parse(id, CultureInfo.InvariantCulture),
            principal.FindFirstValue(ClaimTypes.Name) ?? "",
            accountRole,
            organisation is null ? null : int.Parse(organisation, CultureInfo.InvariantCulture),
            principal.FindAll(AvanceClaims.Permission).Select(c => c.Value).ToHashSet());
    }
}
