namespace Avance.Features.Accounts;

/// <summary>
/// A credential for the API, created in the browser and shown once. Only its SHA-256 hash is stored; it acts with
/// its owner's role narrowed to its scopes, until it expires or is revoked.
/// </summary>
public sealed class PersonalAccessToken
{
    public const int PrefixLength = 12;

    public int Id { get; private set; }
    public int UserId { get; set; }
    public required string Name { get; set; }
    /// <summary>The first characters of the token, so its owner can tell tokens apart without the secret.</summary>
    public required string Prefix { get; set; }
    public required string Hash { get; set; }
    public required TokenScope Scopes { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }

    public bool IsActive(DateTimeOffset now) => RevokedAt is null && now < ExpiresAt;

    /// <summary>Stops the token from working. False when it was revoked already, which changes nothing.</summary>
    public bool Revoke(DateTimeOffset now)
    {
        if (RevokedAt is not null) return false;
        RevokedAt = now;
        return true;
    }
}

/// <summary>What a token may be used for; a token never does more than its owner's role allows.</summary>
[Flags]
public enum TokenScope
{
    None = 0,
    /// <summary>Read what the owner may see beyond the public data (drafts of their organisation, the status board).</summary>
    Read = 1,
    Report = 2,
    Review = 4,
    Author = 8,
    Assess = 16,
    Administer = 32,
}
