using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Avance.Features.Evidence;

public enum StoreOutcome { Stored, TooLarge, WrongType, Empty }

/// <summary>A file kept in the evidence folder under its SHA-256, or why it was not.</summary>
public sealed record StoredEvidence(StoreOutcome Outcome, string Sha256 = "", long Length = 0);

/// <summary>
/// The evidence folder. A file is written to a temporary name while it is hashed and measured, checked, then moved
/// to its SHA-256 name, so the folder never holds a half-written or unchecked file, and the same bytes are kept once.
/// </summary>
public sealed class EvidenceStore(IOptions<EvidenceOptions> options)
{
    private const int BufferSize = 81920;

    public long MaxBytes => options.Value.MaxBytes;

    private string Folder => Path.GetFullPath(options.Value.Folder);

    public async Task<StoredEvidence> SaveAsync(Stream content, string extension, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var temporary = Path.Combine(Folder, $".upload-{Guid.NewGuid():N}.tmp");
        try
        {
            var (sha256, length) = await CopyAsync(content, temporary, cancellationToken);
            if (length > MaxBytes) return new StoredEvidence(StoreOutcome.TooLarge);
            if (length == 0) return new StoredEvidence(StoreOutcome.Empty);
            if (!EvidenceTypes.Confirms(extension, temporary)) return new StoredEvidence(StoreOutcome.WrongType);
            var final = Path.Combine(Folder, sha256);
            if (!File.Exists(final)) File.Move(temporary, final, overwrite: true);
            return new StoredEvidence(StoreOutcome.Stored, sha256, length);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>The stored file, open for reading, if it is there and its bytes still hash to <paramref name="sha256"/>; else why not.</summary>
    public async Task<(Stream? File, bool Damaged)> OpenVerifiedAsync(string sha256, CancellationToken cancellationToken)
    {
        if (sha256.Length != 64 || !sha256.All(Uri.IsHexDigit)) return (null, true);
        var path = Path.Combine(Folder, sha256);
        if (!File.Exists(path)) return (null, false);
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, useAsync: true);
        var actual = Convert.ToHexStringLower(await SHA256.HashDataAsync(file, cancellationToken));
        if (actual != sha256)
        {
            await file.DisposeAsync();
            return (null, true);
        }
        file.Position = 0;
        return (file, false);
    }

    /// <summary>Copies at most one byte more than allowed: enough to know a file is too large without storing all of it.</summary>
    private async Task<(string Sha256, long Length)> CopyAsync(Stream content, string path, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true);
        var buffer = new byte[BufferSize];
        long length = 0;
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            length += read;
            if (length > MaxBytes) return ("", length);
            hash.AppendData(buffer, 0, read);
            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
        return (Convert.ToHexStringLower(hash.GetHashAndReset()), length);
    }
}
