using System.Globalization;
using Avance.Data;
using Avance.Domain;
using Avance.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Avance.Features.Accounts.Administration;

/// <summary>
/// One account: its role and organisation (changed only from the state the administrator saw), locking and
/// unlocking, and its history. The last administrator who can sign in keeps the role and cannot be locked.
/// </summary>
[BrowserSession(Permissions.ManageAccounts)]
public sealed class AccountModel(AvanceDb db, UserManager<AvanceUser> users, TimeProvider clock, UiText text) : PageModel
{
    [BindProperty]
    public AccountRole? Role { get; set; }

    [BindProperty]
    public int? OrganisationId { get; set; }

    /// <summary>Identity's concurrency stamp of the account as the form showed it.</summary>
    [BindProperty]
    public string? Stamp { get; set; }

    public AccountRow Account { get; private set; } = null!;
    public IReadOnlyList<OrganisationChoice> Organisations { get; private set; } = [];
    public IReadOnlyList<AccountHistoryRow> History { get; private set; } = [];
    public IReadOnlyList<string> Problems { get; private set; } = [];
    public string? Notice { get; private set; }
    public DateTimeOffset Now { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id) is not { } account) return NotFound();
        await ShowAsync(account, keepChoice: false, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRoleAsync(int id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id) is not { } account) return NotFound();
        Organisations = await BindableOrganisations.ListAsync(db, Languages.Current, cancellationToken);
        if (Stamp != account.ConcurrencyStamp) return await ConflictAsync(account, cancellationToken);

        var before = AccountSnapshot.Of(account);
        var problem = Role == AccountRole.Administrator ? null : await LastAdministratorProblemAsync(account, cancellationToken);
        problem ??= RoleAssignment.TryAssign(account, Role, OrganisationId, Organisations, text);
        if (problem is not null)
        {
            Problems = [problem];
            await ShowAsync(account, keepChoice: true, cancellationToken);
            return Page();
        }
        db.Entry(account).Property(a => a.ConcurrencyStamp).OriginalValue = Stamp;
        var result = await AccountAudit.SaveAsync(db, () => users.UpdateAsync(account),
            () => AccountAudit.Record(db, Caller.From(User), clock.GetUtcNow(), AccountAudit.Role, account.Id, before, AccountSnapshot.Of(account)),
            cancellationToken);
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
            return await ConflictAsync(await FindAsync(id, fresh: true) ?? account, cancellationToken);
        Problems = [.. result.Errors.Select(e => e.Description).Distinct()];
        if (result.Succeeded) Notice = text["RoleChanged"];
        await ShowAsync(account, keepChoice: !result.Succeeded, cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostLockAsync(int id, CancellationToken cancellationToken) => ChangeLockAsync(id, locking: true, cancellationToken);

    public Task<IActionResult> OnPostUnlockAsync(int id, CancellationToken cancellationToken) => ChangeLockAsync(id, locking: false, cancellationToken);

    /// <summary>Locking also renews the account's security stamp, which ends its open sessions within a minute.</summary>
    private async Task<IActionResult> ChangeLockAsync(int id, bool locking, CancellationToken cancellationToken)
    {
        if (await FindAsync(id) is not { } account) return NotFound();
        var alreadyThere = locking ? account.IsLockedByAdministrator : !account.IsLocked(clock.GetUtcNow());
        var problem = locking && !alreadyThere ? await LastAdministratorProblemAsync(account, cancellationToken) : null;
        if (alreadyThere) Notice = text[locking ? "AccountLocked" : "AccountUnlocked"];
        else if (problem is null)
        {
            var before = AccountSnapshot.Of(account);
            if (locking) account.Lock();
            else account.Unlock();
            var result = await AccountAudit.SaveAsync(db,
                () => locking ? users.UpdateSecurityStampAsync(account) : users.UpdateAsync(account),
                () => AccountAudit.Record(db, Caller.From(User), clock.GetUtcNow(), locking ? AccountAudit.Lock : AccountAudit.Unlock,
                    account.Id, before, AccountSnapshot.Of(account)),
                cancellationToken);
            Problems = [.. result.Errors.Select(e => e.Description).Distinct()];
            if (result.Succeeded) Notice = text[locking ? "AccountLocked" : "AccountUnlocked"];
        }
        else Problems = [problem];
        await ShowAsync(account, keepChoice: false, cancellationToken);
        return Page();
    }

    private async Task<string?> LastAdministratorProblemAsync(AvanceUser account, CancellationToken cancellationToken)
    {
        try
        {
            await LastAdministrator.EnsureOthersRemainAsync(db, account, cancellationToken);
            return null;
        }
        catch (DomainRuleException e)
        {
            return text[e.Code];
        }
    }

    /// <summary>Someone saved the account since this form was shown: nothing is changed, and their values are shown.</summary>
    private async Task<IActionResult> ConflictAsync(AvanceUser current, CancellationToken cancellationToken)
    {
        Problems = [text["AccountConflict", RoleAssignment.Label(text, current.Role, current.OrganisationId, Organisations)]];
        Response.StatusCode = StatusCodes.Status409Conflict;
        await ShowAsync(current, keepChoice: false, cancellationToken);
        return Page();
    }

    private async Task<AvanceUser?> FindAsync(int id, bool fresh = false)
    {
        if (fresh) db.ChangeTracker.Clear();
        return await users.FindByIdAsync(id.ToString(CultureInfo.InvariantCulture));
    }

    private async Task ShowAsync(AvanceUser account, bool keepChoice, CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow();
        Account = new AccountRow(account.Id, account.Email ?? "", account.Role, account.OrganisationId, account.LockoutEnd, account.CreatedAt);
        if (Organisations.Count == 0) Organisations = await BindableOrganisations.ListAsync(db, Languages.Current, cancellationToken);
        History = await AccountHistory.ForAsync(db, account.Id, text, Organisations, cancellationToken);
        Stamp = account.ConcurrencyStamp;
        if (keepChoice) return;
        Role = account.Role;
        OrganisationId = account.OrganisationId;
    }
}
