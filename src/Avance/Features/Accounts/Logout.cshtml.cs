using Avance.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Avance.Features.Accounts;

/// <summary>Signing out is a POST with the antiforgery token, so no link or image on another site can do it.</summary>
public sealed class LogoutModel(SignInManager<AvanceUser> signIn) : PageModel
{
    public IActionResult OnGet() => LocalRedirect($"/{Languages.Current}");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect($"/{Languages.Current}");
    }
}
