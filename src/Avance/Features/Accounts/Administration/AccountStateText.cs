using Avance.Web;

namespace Avance.Features.Accounts.Administration;

public static class AccountStateText
{
    /// <summary>"Active", "Locked by an administrator", or "Locked until …" after failed sign-ins.</summary>
    public static string Of(UiText text, AccountRow account, DateTimeOffset now) =>
        account.IsLockedByAdministrator ? text["LockedByAdministrator"]
        : account.IsLocked(now) ? text["LockedUntil", AccountFormat.Moment(account.LockoutEnd!.Value)]
        : text["AccountActive"];
}
