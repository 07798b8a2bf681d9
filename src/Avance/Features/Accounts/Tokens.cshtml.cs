using Avance.Data;
using Avance.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Accounts;

public sealed record TokenRow(int Id, string Name, string Prefix, TokenScope Scopes, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt,
    DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);

/// <summary>
/// A person's personal access tokens for the API: the list, a new token (shown once, never again), revoking one.
/// Managed in the browser only: a token cannot make or revoke tokens.
/// </summary>
[BrowserSession]
public sealed class TokensModel(AvanceDb db, TimeProvider clock, UiText text) : PageModel
{
    public const int MaxDays = 365;
    public const int DefaultDays = 90;
    public const int MaxNameLength = 100;

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public List<TokenScope> Scopes { get; set; } = [];

    [BindProperty]
    public int? Days { get; set; } = DefaultDays;

    public IReadOnlyList<TokenRow> Tokens { get; private set; } = [];
    public IReadOnlyList<TokenScope> Offered { get; private set; } = [];
    public IReadOnlyList<string> Problems { get; private set; } = [];
    /// <summary>The secret of the token just created: on this one answer and nowhere else.</summary>
    public string? NewSecret { get; private set; }
    public string? Notice { get; private set; }
    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var caller = Caller.From(User)!;
        Offered = TokenScopes.OfferedTo(caller.Role);
        Problems = CreationProblems();
        if (Problems.Count == 0)
        {
            var now = clock.GetUtcNow();
            var scopes = Scopes.Aggregate(TokenScope.None, (all, scope) => all | scope);
            var (token, secret) = PersonalAccessTokens.Issue(caller.UserId, Name!.Trim(), scopes, now, now.AddDays(Days!.Value));
            db.PersonalAccessTokens.Add(token);
            AccountAudit.Record(db, caller, now, AccountAudit.TokenCreate, caller.UserId, null, TokenSnapshot.Of(token));
            await db.SaveChangesAsync(cancellationToken);
            NewSecret = secret;
            Name = null;
            Scopes = [];
            Days = DefaultDays;
            // A page holding a secret must not be kept by the browser or anything between.
            Response.Headers.CacheControl = "no-store";
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken cancellationToken)
    {
        var caller = Caller.From(User)!;
        var token = await db.PersonalAccessTokens.AsTracking().FirstOrDefaultAsync(t => t.Id == id && t.UserId == caller.UserId, cancellationToken);
        if (token is null) return NotFound();
        var now = clock.GetUtcNow();
        if (token.Revoke(now))
        {
            AccountAudit.Record(db, caller, now, AccountAudit.TokenRevoke, caller.UserId, TokenSnapshot.Of(token), null);
            await db.SaveChangesAsync(cancellationToken);
        }
        Notice = text["TokenRevoked", token.Name];
        await LoadAsync(cancellationToken);
        return Page();
    }

    private List<string> CreationProblems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Name)) problems.Add(text["TokenNameMissing"]);
        else if (Name.Trim().Length > MaxNameLength) problems.Add(text["TokenNameTooLong", MaxNameLength]);
        if (Scopes.Count == 0 && !Unreadable(nameof(Scopes))) problems.Add(text["TokenScopesMissing"]);
        else if (Unreadable(nameof(Scopes)) || Scopes.Any(s => !Offered.Contains(s))) problems.Add(text["TokenScopeNotOffered"]);
        if (Unreadable(nameof(Days)) || Days is not (>= 1 and <= MaxDays)) problems.Add(text["TokenDaysOutOfRange", MaxDays]);
        return problems;
    }

    /// <summary>Whether a posted field could not be read at all ("ninety" days, an unknown scope), which leaves its property as it was.</summary>
    private bool Unreadable(string field) =>
        ModelState.Where(e => e.Key == field || e.Key.StartsWith(field + "[", StringComparison.Ordinal)).Any(e => e.Value is { Errors.Count: > 0 });

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var caller = Caller.From(User)!;
        Now = clock.GetUtcNow();
        Offered = TokenScopes.OfferedTo(caller.Role);
        Tokens = await db.PersonalAccessTokens.Where(t => t.UserId == caller.UserId)
            .OrderByDescending(t => t.Id)
            .Select(t => new TokenRow(t.Id, t.Name, t.Prefix, t.Scopes, t.CreatedAt, t.ExpiresAt, t.LastUsedAt, t.RevokedAt))
            .ToListAsync(cancellationToken);
    }
}
