using Avance.Domain;
using Avance.Features.Accounts;

namespace Avance.Tests.Features.Accounts;

/// <summary>Which organisation each role may be bound to, every role against every kind and against none.</summary>
public sealed class AccountRulesTests
{
    public static TheoryData<AccountRole, OrganisationKind?, string?> Bindings() => new()
    {
        { AccountRole.Administrator, null, null },
        { AccountRole.Coordinator, null, null },
        { AccountRole.FocalPoint, null, AccountRules.OrganisationRequired },
        { AccountRole.Observer, null, AccountRules.OrganisationRequired },
        { AccountRole.Administrator, OrganisationKind.GovernmentAgency, AccountRules.OrganisationNotAllowed },
        { AccountRole.Coordinator, OrganisationKind.CivilSociety, AccountRules.OrganisationNotAllowed },
        { AccountRole.FocalPoint, OrganisationKind.GovernmentAgency, null },
        { AccountRole.FocalPoint, OrganisationKind.UnEntity, null },
        { AccountRole.FocalPoint, OrganisationKind.Other, null },
        { AccountRole.FocalPoint, OrganisationKind.CivilSociety, AccountRules.OrganisationWrongKind },
        { AccountRole.FocalPoint, OrganisationKind.Donor, AccountRules.OrganisationWrongKind },
        { AccountRole.Observer, OrganisationKind.CivilSociety, null },
        { AccountRole.Observer, OrganisationKind.GovernmentAgency, AccountRules.OrganisationWrongKind },
        { AccountRole.Observer, OrganisationKind.UnEntity, AccountRules.OrganisationWrongKind },
        { AccountRole.Observer, OrganisationKind.Donor, AccountRules.OrganisationWrongKind },
    };

    [Theory]
    [MemberData(nameof(Bindings))]
    public void An_account_takes_a_role_with_the_organisation_it_needs_or_is_refused_with_a_code(AccountRole role, OrganisationKind? kind, string? refusal)
    {
        var account = new AvanceUser { Role = AccountRole.Coordinator };

        var thrown = Record.Exception(() => account.Assign(role, kind is { } k ? (42, k) : null));

        Assert.Equal(refusal, (thrown as DomainRuleException)?.Code);
        Assert.Equal(refusal is null ? (role, kind is null ? null : 42) : (AccountRole.Coordinator, (int?)null), (account.Role, account.OrganisationId));
    }

    [Fact]
    public void An_administrators_lock_outlasts_a_new_password_and_the_lock_of_failed_sign_ins_does_not()
    {
        var now = DateTimeOffset.UtcNow;
        var lockedOut = new AvanceUser { LockoutEnd = now.AddMinutes(15), AccessFailedCount = 5 };
        var locked = new AvanceUser();
        locked.Lock();

        lockedOut.ReleaseFailedSignInLock();
        locked.ReleaseFailedSignInLock();

        Assert.False(lockedOut.IsLocked(now));
        Assert.Equal(0, lockedOut.AccessFailedCount);
        Assert.True(locked.IsLocked(now.AddYears(100)));
        Assert.True(locked.IsLockedByAdministrator);
    }
}
