using Avance.Features.Accounts;

namespace Avance.Cli;

/// <summary>The role names an operator types: admin, coordinator, focal-point, observer.</summary>
internal static class UsersRoles
{
    private static readonly Dictionary<string, AccountRole> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["admin"] = AccountRole.Administrator,
        ["coordinator"] = AccountRole.Coordinator,
        ["focal-point"] = AccountRole.FocalPoint,
        ["observer"] = AccountRole.Observer,
    };

    public static AccountRole Parse(string? name) =>
        name is not null && ByName.TryGetValue(name.Trim(), out var role)
            ? role
            : throw new UsersRefusal(string.Format(Messages.UsersRoleUnknown, name));

    public static string Name(AccountRole role) => ByName.First(pair => pair.Value == role).Key;
}
