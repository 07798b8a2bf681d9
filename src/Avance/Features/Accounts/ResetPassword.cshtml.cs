using Avance.Data;
using Avance.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Avance.Features.Accounts;

/// <summary>
/// Where the e-mailed link leads: the new password twice. A link works once and for a limited time; an expired or
/// altered one is refused before anything is typed. A new password also ends a lock set by failed sign-ins.
/// </summary>
public sealed class ResetPasswordModel(UserManager<AvanceUser> users, AvanceDb db, TimeProvider clock, UiText text) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public int? AccountId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public bool LinkWorks { get; private set; }
    public bool Done { get; private set; }
    public IReadOnlyList<string> Problems { get; private set; } = [];

    public async Task OnGetAsync()
    {
        // The address holds a secret: it must not leave with a click on any link of this page.
        Response.Headers["Referrer-Policy"] = "no-referrer";
        LinkWorks = await LinkOwnerAsync() is not null;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Response.Headers["Referrer-Policy"] = "no-referrer";
        if (await LinkOwnerAsync() is not { } found) return Page();
        LinkWorks = true;
        Problems = NewPasswords.Problems(text, NewPassword, ConfirmPassword);
        if (Problems.Count > 0) return Page();

        var (user, token) = found;
        user.ReleaseFailedSignInLock();
        var result = await AccountAudit.SaveAsync(db,
            () => users.ResetPasswordAsync(user, token, NewPassword!),
            () => AccountAudit.Record(db, Caller.Of(user), clock.GetUtcNow(), AccountAudit.PasswordReset, user.Id, null, null),
            cancellationToken);
        if (!result.Succeeded)
        {
            LinkWorks = !result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken));
            Problems = LinkWorks ? [.. result.Errors.Select(e => e.Description).Distinct()] : [];
            return Page();
        }
        Done = true;
        return Page();
    }

    /// <summary>The account and Identity's token when the link is whole, unexpired and unused.</summary>
    private async Task<(AvanceUser User, string Token)?> LinkOwnerAsync()
    {
        if (AccountId is not { } id || Token is null || PasswordLinkMails.DecodeToken(Token) is not { } token) return null;
        if (await users.FindByIdAsync(id.ToString(System.Globalization.CultureInfo.InvariantCulture)) is not { } user) return null;
        var valid = await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<AvanceUser>.ResetPasswordTokenPurpose, token);
        return valid ? (user, token) : null;
    }
}
