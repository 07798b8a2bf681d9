using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Avance.Features.Accounts;

/// <summary>
/// A page that manages accounts or credentials (passwords, tokens, other people's accounts) accepts the browser's
/// session only: a personal access token cannot mint more tokens, change a password or give itself a role.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class BrowserSessionAttribute : AuthorizeAttribute
{
    public BrowserSessionAttribute(string? permission = null)
    {
        Policy = permission;
        AuthenticationSchemes = IdentityConstants.ApplicationScheme;
    }
}
