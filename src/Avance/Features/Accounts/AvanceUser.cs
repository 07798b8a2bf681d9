using Avance.Domain;
using Microsoft.AspNetCore.Identity;

namespace Avance.Features.Accounts;

/// <summary>
/// A person who signs in. Each account has exactly one role; agency focal points and civil-society observers are
/// bound to the organisation they speak for, and see and change only what belongs to it.
/// </summary>
public sealed class AvanceUser : IdentityUser<int>
{
    /// <summary>
    /// The lockout end an administrator's lock sets: far enough to never pass, and a value both databases store exactly,
    /// so it tells an administrator's lock apart from the quarter of an hour after failed sign-ins.
    /// </summary>
    public static readonly DateTimeOffset LockedUntilUnlocked = new(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    public AccountRole Role { get; set; }
    public int? OrganisationId { get; set; }
    public string? DisplayName { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public bool IsLockedByAdministrator => LockoutEnd >= LockedUntilUnlocked;

    public bool IsLocked(DateTimeOffset now) => LockoutEnd is { } end && end > now;

    /// <summary>
    /// Gives the account a role and, for focal points and observers, the organisation they speak for. Throws
    /// <see cref="DomainRuleException"/> with one of <see cref="AccountRules"/>' codes when the two do not fit.
    /// </summary>
    public void Assign(AccountRole role, (int Id, OrganisationKind Kind)? organisation)
    {
        AccountRules.CheckBinding(role, organisation?.Kind);
        Role = role;
        OrganisationId = organisation?.Id;
    }

    public void Lock()
    {
        LockoutEnabled = true;
        LockoutEnd = LockedUntilUnlocked;
    }

    public void Unlock()
    {
        LockoutEnd = null;
        AccessFailedCount = 0;
    }

    /// <summary>A new password ends the lock that failed sign-ins set; an administrator's lock stays.</summary>
    public void ReleaseFailedSignInLock()
    {
        if (IsLockedByAdministrator) return;
        Unlock();
    }
}

[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<AccountRole>))]
public enum AccountRole { Administrator, Coordinator, FocalPoint, Observer }
