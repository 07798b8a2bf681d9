using Avance.Web;

namespace Avance.Features.Accounts;

/// <summary>The checks a new password typed twice gets before Identity's own rules (length) are applied.</summary>
internal static class NewPasswords
{
    /// <summary>What is wrong, in the page's language; <paramref name="earlier"/> is a problem found before these, if any.</summary>
    public static IReadOnlyList<string> Problems(UiText text, string? password, string? confirmation, string? earlier = null)
    {
        var problems = new List<string>();
        if (earlier is not null) problems.Add(earlier);
        if (string.IsNullOrEmpty(password)) problems.Add(text["NewPasswordMissing"]);
        else if (password != confirmation) problems.Add(text["NewPasswordsDiffer"]);
        return problems;
    }
}
