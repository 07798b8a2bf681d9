using Avance.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Avance.Features.Accounts;

/// <summary>
/// Asks for a link to choose a new password. The answer is the same whether an account has that address or not,
/// so the page cannot be used to find out who has an account.
/// </summary>
public sealed class ForgotPasswordModel(UserManager<AvanceUser> users, PasswordLinkMails mails, UiText text) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    public string? Problem { get; private set; }
    public bool Sent { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var email = Email?.Trim() ?? "";
        if (!EmailAddresses.IsValid(email))
        {
            Problem = text["ForgotPasswordEmailInvalid"];
            return Page();
        }
        // An administrator's lock is not lifted by a new password, so a link would only mislead.
        if (await users.FindByEmailAsync(email) is { IsLockedByAdministrator: false } user)
            await mails.SendResetAsync(user, Request, Languages.Current, cancellationToken);
        Sent = true;
        return Page();
    }
}
