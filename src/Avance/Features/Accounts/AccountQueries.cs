using Avance.Data;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Accounts;

public sealed record AccountRow(int Id, string Email, AccountRole Role, int? OrganisationId, DateTimeOffset? LockoutEnd, DateTimeOffset CreatedAt)
{
    public bool IsLocked(DateTimeOffset now) => LockoutEnd is { } end && end > now;

    public bool IsLockedByAdministrator => LockoutEnd >= AvanceUser.LockedUntilUnlocked;
}

/// <summary>
/// The accounts, by e-mail: the administration page and `avance users list` show this same list. The demo data's own
/// accounts are left out: they have no password, a lock and an address no mail reaches (see DemoAccounts), so they are part of
/// the demo like its organisations, and an install that nobody has made an account in still says so.
/// </summary>
public static class AccountQueries
{
    public static async Task<IReadOnlyList<AccountRow>> ListAsync(AvanceDb db, CancellationToken cancellationToken) =>
        await db.Users.Where(Data.Demo.DemoAccounts.IsReal).OrderBy(u => u.NormalizedEmail)
            .Select(u => new AccountRow(u.Id, u.Email ?? "", u.Role, u.OrganisationId, u.LockoutEnd, u.CreatedAt))
            .ToListAsync(cancellationToken);
}

/// <summary>What the audit trail keeps of an account before and after a change (never a password or its hash).</summary>
public sealed record AccountSnapshot(string Email, AccountRole Role, int? OrganisationId, bool Locked)
{
    public static AccountSnapshot Of(AvanceUser user) =>
        new(user.Email ?? "", user.Role, user.OrganisationId, user.IsLockedByAdministrator);
}

/// <summary>What the audit trail keeps of a personal access token (never the secret or its hash).</summary>
public sealed record TokenSnapshot(string Name, string Prefix, TokenScope Scopes, DateTimeOffset ExpiresAt)
{
    public static TokenSnapshot Of(PersonalAccessToken token) => new(token.Name, token.Prefix, token.Scopes, token.ExpiresAt);
}
