namespace Avance.Iati.Validation;

/// <summary>
/// A read-only pass-through stream that keeps a copy of the first bytes of a file. .NET refuses a DTD without saying
/// where it is; with the beginning of the file at hand, the position of <c>&lt;!DOCTYPE</c> can still be given.
/// </summary>
internal sealed class PrologRecorder(Stream inner) : Stream
{
    /// <summary>A DTD can only come before the root element, which real files reach within a few lines.</summary>
    private const int RecordedBytes = 64 * 1024;

    private const string DoctypeMarker = "<!DOCTYPE";

    private readonly byte[] _recorded = new byte[RecordedBytes];
    private int _recordedCount;

    /// <summary>The 1-based line and column of the DTD in the recorded beginning, or null when it is not there.</summary>
    public (int Line, int Column)? DoctypePosition()
    {
        using var text = new StreamReader(new MemoryStream(_recorded, 0, _recordedCount), detectEncodingFromByteOrderMarks: true);
        var prolog = text.ReadToEnd();
        var index = prolog.IndexOf(DoctypeMarker, StringComparison.Ordinal);
        if (index < 0)
        {
            return null;
        }
        var lineStart = prolog.LastIndexOf('\n', index) + 1;
        var line = prolog.AsSpan(0, index).Count('\n') + 1;
        return (line, index - lineStart + 1);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        var kept = Math.Min(read, RecordedBytes - _recordedCount);
        buffer[..kept].CopyTo(_recorded.AsSpan(_recordedCount));
        _recordedCount += kept;
        return read;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
