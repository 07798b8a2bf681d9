using Avance.Data;
using Avance.Features.Audit;
using Microsoft.AspNetCore.Identity;

namespace Avance.Features.Accounts;

/// <summary>How changes to accounts appear in the audit trail: all under the item "account" and the account's id.</summary>
public static class AccountAudit
{
    public const string ItemType = "account";

    public const string Create = "account.create";
    public const string Role = "account.role";
    public const string Lock = "account.lock";
    public const string Unlock = "account.unlock";
    public const string PasswordChange = "account.password";
    public const string PasswordReset = "account.password-reset";
    public const string TokenCreate = "token.create";
    public const string TokenRevoke = "token.revoke";

    public static void Record(AvanceDb db, Caller? caller, DateTimeOffset at, string action, int accountId, object? before, object? after) =>
        AuditTrail.Record(db, caller, at, action, ItemType, accountId, before, after);

    /// <summary>
    /// Identity's user manager saves as it goes, so a change made through it and the change's audit entry are saved in
    /// one transaction: both are kept, or neither. <paramref name="record"/> runs only when the change succeeded (the
    /// account then has its id, even a new one).
    /// </summary>
    public static async Task<IdentityResult> SaveAsync(AvanceDb db, Func<Task<IdentityResult>> change, Action record, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await change();
        if (!result.Succeeded) return result;
        record();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }
}
