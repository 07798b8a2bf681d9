using System.Linq.Expressions;
using Avance.Features.Accounts;

namespace Avance.Data.Demo;

/// <summary>
/// The accounts the demo's assessments and replies belong to. They have no password and carry an administrator's
/// lock, so nobody can sign in with them (there is still no default account), and their addresses are on the
/// reserved .invalid domain, so no mail can reach anyone. A database whose only accounts are these holds nobody's
/// work, so the demo data may still be reloaded over it.
/// </summary>
public static class DemoAccounts
{
    public const string Domain = "@demo.avance.invalid";

    private static readonly string NormalizedDomain = Domain.ToUpperInvariant();

    /// <summary>Accounts that are not the demo's: someone made them, so the database is in use.</summary>
    public static readonly Expression<Func<AvanceUser, bool>> IsReal = u => u.NormalizedEmail == null || !u.NormalizedEmail.EndsWith(NormalizedDomain);

    internal static AvanceUser New(string name, string displayName, AccountRole role, int? organisationId)
    {
        var email = name + Domain;
        var user = new AvanceUser
        {
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            DisplayName = displayName,
            Role = role,
            OrganisationId = organisationId,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            CreatedAt = DateTimeOffset.UtcNow,
        };
        user.Lock();
        return user;
    }
}
