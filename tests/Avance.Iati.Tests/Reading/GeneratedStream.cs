namespace Avance.Iati.Tests.Reading;

/// <summary>
/// A read-only stream of <c>prefix</c>, then <c>count</c> copies of one byte, then <c>suffix</c>, produced as it is
/// read: huge inputs without holding them in memory.
/// </summary>
internal sealed class GeneratedStream(byte[] prefix, long count, byte repeated, byte[] suffix) : Stream
{
    private long _position;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => prefix.Length + count + suffix.Length;

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int length)
    {
        var written = 0;
        while (written < length && _position < Length)
        {
            buffer[offset + written++] = ByteAt(_position++);
        }
        return written;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private byte ByteAt(long position) =>
        position < prefix.Length ? prefix[position]
        : position < prefix.Length + count ? repeated
        : suffix[position - prefix.Length - count];
}
