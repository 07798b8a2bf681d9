using System.Security.Cryptography;

namespace Avance.Features.Interchange.Import;

/// <summary>Reads through to another stream, hashing every byte (SHA-256) and telling how far it has got.</summary>
internal sealed class HashingStream(Stream inner, Action<long>? progress) : Stream
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long _read;

    /// <summary>The hash of everything read; read to the end first for the hash of the whole stream.</summary>
    public string HashHex => Convert.ToHexStringLower(_hash.GetCurrentHash());

    /// <summary>Reads what the consumer left unread, so the hash covers the whole stream.</summary>
    public void ReadToEnd()
    {
        var buffer = new byte[81920];
        while (Read(buffer, 0, buffer.Length) > 0)
        {
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        _hash.AppendData(buffer[..read]);
        _read += read;
        progress?.Invoke(_read);
        return read;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => inner.Length;
    public override long Position { get => _read; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _hash.Dispose();
        base.Dispose(disposing);
    }
}
