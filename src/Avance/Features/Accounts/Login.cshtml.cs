using System.ComponentModel.DataAnnotations;
using Avance.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Avance.Features.Accounts;

/// <summary>
/// Sign-in with e-mail and password. Failures say the same thing whether the account exists or not; five in a row
/// lock the account for a quarter of an hour.
/// </summary>
public sealed class LoginModel(SignInManager<AvanceUser> signIn, UiText text) : PageModel
{
    [BindProperty, Required, EmailAddress, StringLength(256)]
    public string Email { get; set; } = "";

    [BindProperty, Required, StringLength(1024)]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Problem { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            Problem = text["LoginIncomplete"];
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(Email.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(SafeReturnUrl());
        Problem = result.IsLockedOut ? text["LoginLockedOut"] : text["LoginFailed"];
        return Page();
    }

    /// <summary>Only addresses on this site: a crafted link must not send a signed-in person elsewhere.</summary>
    private string SafeReturnUrl() =>
        ReturnUrl is { } url && Url.IsLocalUrl(url) ? url : $"/{Languages.Current}/workspace";
}
