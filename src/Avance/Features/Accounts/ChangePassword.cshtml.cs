using Avance.Data;
using Avance.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Avance.Features.Accounts;

/// <summary>
/// A signed-in person changes their password: the current one, then the new one twice. Other sessions of the
/// account end within a minute; this one continues.
/// </summary>
[BrowserSession]
public sealed class ChangePasswordModel(
    UserManager<AvanceUser> users, SignInManager<AvanceUser> signIn, AvanceDb db, TimeProvider clock, UiText text) : PageModel
{
    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];
    public bool Changed { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user) return Forbid();
        Problems = NewPasswords.Problems(text, NewPassword, ConfirmPassword, CurrentPassword is { Length: > 0 } ? null : text["CurrentPasswordMissing"]);
        if (Problems.Count > 0) return Page();

        var result = await AccountAudit.SaveAsync(db,
            () => users.ChangePasswordAsync(user, CurrentPassword!, NewPassword!),
            () => AccountAudit.Record(db, Caller.From(User), clock.GetUtcNow(), AccountAudit.PasswordChange, user.Id, null, null),
            cancellationToken);
        if (!result.Succeeded)
        {
            Problems = [.. result.Errors.Select(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? text["CurrentPasswordWrong"] : e.Description).Distinct()];
            return Page();
        }
        await signIn.RefreshSignInAsync(user);
        Changed = true;
        return Page();
    }
}
