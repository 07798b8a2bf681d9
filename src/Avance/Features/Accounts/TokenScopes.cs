namespace Avance.Features.Accounts;

public static class TokenScopes
{
    /// <summary>Every single scope, in the order the interface lists them.</summary>
    public static readonly IReadOnlyList<TokenScope> All = [.. Enum.GetValues<TokenScope>().Where(s => s != TokenScope.None)];

    /// <summary>The scopes worth offering an account: those that unlock at least one thing its role may do.</summary>
    public static IReadOnlyList<TokenScope> OfferedTo(AccountRole role) =>
        [.. All.Where(scope => Permissions.Of(scope).Overlaps(Permissions.Of(role)))];

    public static IEnumerable<TokenScope> In(TokenScope scopes) => All.Where(s => scopes.HasFlag(s));
}
