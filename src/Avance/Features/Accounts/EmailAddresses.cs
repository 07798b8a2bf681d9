using System.Net.Mail;

namespace Avance.Features.Accounts;

public static class EmailAddresses
{
    public const int MaxLength = 256;

    /// <summary>A bare address such as "name@example.org": no display name, no spaces.</summary>
    public static bool IsValid(string? address) =>
        address is { Length: > 0 and <= MaxLength }
        && !address.Any(char.IsWhiteSpace)
        && MailAddress.TryCreate(address, out var parsed)
        && parsed.Address == address;
}
