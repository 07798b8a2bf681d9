using Avance.Features.Accounts;

namespace Avance.Cli;

/// <summary>The --email of an account: given, and a bare address.</summary>
internal static class UsersEmail
{
    public static string Checked(string? email)
    {
        if (string.IsNullOrWhiteSpace(email)) throw new UsersRefusal(Messages.UsersEmailMissing);
        var trimmed = email.Trim();
        return EmailAddresses.IsValid(trimmed) ? trimmed : throw new UsersRefusal(string.Format(Messages.UsersEmailInvalid, trimmed));
    }
}
