using System.Globalization;
using Avance.Web;
using Microsoft.AspNetCore.Identity;

namespace Avance.Features.Accounts;

/// <summary>Identity's refusals that people can meet, in the language of the page (Resources/Accounts.resx).</summary>
internal sealed class LocalisedIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), length);
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch));
    public override IdentityError InvalidToken() => Error(nameof(InvalidToken));
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail));
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateEmail));
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail));
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidEmail));
    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure));
    public override IdentityError DefaultError() => Error(nameof(DefaultError));

    private static IdentityError Error(string code, params object[] arguments) => new()
    {
        Code = code,
        Description = string.Format(CultureInfo.CurrentCulture, UiText.Get("Identity" + code, CultureInfo.CurrentUICulture), arguments),
    };
}
