using System.Security.Cryptography;
using System.Text;

namespace Avance.Features.Accounts;

/// <summary>How a personal access token looks and how it is kept: random, recognisable by its prefix, stored hashed.</summary>
public static class TokenSecrets
{
    public const string Marker = "avance_";

    /// <summary>A new token: "avance_" and 43 URL-safe characters of randomness (256 bits).</summary>
    public static string Generate() =>
        Marker + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>
    /// SHA-256 of the token, hex. The token has 256 bits of randomness, so a fast hash is enough: there is nothing
    /// to guess a password from, and a slow hash would only slow every API request.
    /// </summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static string PrefixOf(string token) => token[..Math.Min(PersonalAccessToken.PrefixLength, token.Length)];
}

public static class PersonalAccessTokens
{
    /// <summary>A new token for an account: the row to store and the secret to show its owner once.</summary>
    public static (PersonalAccessToken Token, string Secret) Issue(int userId, string name, TokenScope scopes, DateTimeOffset now, DateTimeOffset expiresAt)
    {
        var secret = TokenSecrets.Generate();
        var token = new PersonalAccessToken
        {
            UserId = userId,
            Name = name,
            Prefix = TokenSecrets.PrefixOf(secret),
            Hash = TokenSecrets.Hash(secret),
            Scopes = scopes,
            CreatedAt = now,
            ExpiresAt = expiresAt,
        };
        return (token, secret);
    }
}
