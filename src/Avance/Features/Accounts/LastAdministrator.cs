using Avance.Data;
using Avance.Domain;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Accounts;

/// <summary>Someone must always be able to manage accounts: the last administrator keeps the role and cannot be locked.</summary>
public static class LastAdministrator
{
    /// <summary>Throws <see cref="DomainRuleException"/> (<see cref="AccountRules.LastAdministrator"/>) when no other administrator could still sign in.</summary>
    public static async Task EnsureOthersRemainAsync(AvanceDb db, AvanceUser account, CancellationToken cancellationToken)
    {
        if (account.Role != AccountRole.Administrator || account.IsLockedByAdministrator) return;
        // Compared here rather than in SQL: SQLite cannot compare date-and-offset values, and administrators are few.
        var others = await db.Users.Where(u => u.Role == AccountRole.Administrator && u.Id != account.Id)
            .Select(u => u.LockoutEnd).ToListAsync(cancellationToken);
        if (others.All(end => end >= AvanceUser.LockedUntilUnlocked))
            throw new DomainRuleException(AccountRules.LastAdministrator, "The last administrator who can sign in keeps the role and stays unlocked.");
    }
}
