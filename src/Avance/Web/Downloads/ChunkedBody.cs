namespace Avance.Web.Downloads;

/// <summary>
/// Between the file writers and the response body. ZipArchive, XmlWriter and CsvHelper's record writer write
/// synchronously, which the response body refuses (and which would block a thread per download); here those writes
/// collect and reach the body asynchronously a chunk at a time. Only what a few rows produce is ever held.
/// </summary>
internal sealed class ChunkedBody(Stream body) : Stream
{
    private const int ChunkSize = 32 * 1024;
    private readonly MemoryStream pending = new();

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => pending.Write(buffer, offset, count);
    public override void Write(ReadOnlySpan<byte> buffer) => pending.Write(buffer);
    public override void WriteByte(byte value) => pending.WriteByte(value);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        pending.Write(buffer, offset, count);
        return Task.CompletedTask;
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        pending.Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    /// <summary>Nothing reaches the body on a synchronous flush; <see cref="SendAsync"/> sends it.</summary>
    public override void Flush() { }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Called after each row: sends what has collected once it makes a chunk.</summary>
    public ValueTask RowWrittenAsync(CancellationToken cancellationToken) =>
        pending.Length >= ChunkSize ? SendAsync(cancellationToken) : ValueTask.CompletedTask;

    /// <summary>Sends everything collected so far.</summary>
    public async ValueTask SendAsync(CancellationToken cancellationToken)
    {
        if (pending.Length == 0) return;
        await body.WriteAsync(pending.GetBuffer().AsMemory(0, (int)pending.Length), cancellationToken);
        await body.FlushAsync(cancellationToken);
        pending.SetLength(0);
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) pending.Dispose();
        base.Dispose(disposing);
    }
}
