using System.Globalization;
using Avance.Web;

namespace Avance.Features.Accounts;

public static class AccountFormat
{
    /// <summary>"22 November 2026, 05:36 UTC": the date as the interface writes dates, the time in UTC for everyone.</summary>
    public static string Moment(DateTimeOffset at)
    {
        var utc = at.UtcDateTime;
        return $"{Format.Date(DateOnly.FromDateTime(utc))}, {utc.ToString("HH:mm", CultureInfo.InvariantCulture)} UTC";
    }

    public static string Scopes(UiText text, TokenScope scopes) =>
        string.Join(", ", TokenScopes.In(scopes).Select(s => text["Scope_" + s]));
}
