using System.Runtime.CompilerServices;
using System.Text;
using System.Threading.Channels;
using System.Xml;
using Avance.Iati.Model;
using static Avance.Iati.IatiXml;
using AttributeName = Avance.Iati.IatiXml.Attribute;
using ElementName = Avance.Iati.IatiXml.Element;

namespace Avance.Iati.Reading;

/// <summary>
/// Reads an IATI activity file (versions 2.01–2.03) one activity at a time, never holding more than the activity being
/// read. Elements and attributes the model does not hold are skipped and counted, never fatal. Anything that makes the
/// file unreadable is an <see cref="IatiReadException"/> with line and column; activities before it have already been
/// returned, so importers that want all or nothing must buffer or roll back.
/// </summary>
public sealed class IatiActivityReader : IDisposable
{
    private readonly XmlReader _xml;
    private readonly Stream _stream;
    private readonly long _start;
    private readonly IatiCursor _cursor;
    private readonly ActivityParser _parser;
    private readonly IatiReaderOptions _options;
    private readonly int _root;
    private bool _finished;

    // Publishers still write windows-1252 and other legacy encodings, which .NET only knows through this provider.
    static IatiActivityReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private IatiActivityReader(Stream stream, long start, XmlReader xml, IatiReaderOptions options)
    {
        _stream = stream;
        _start = start;
        _xml = xml;
        _options = options;
        _cursor = new IatiCursor(xml, options);
        _parser = new ActivityParser(_cursor);
        Header = ReadHeader();
        _root = _cursor.Enter();
    }

    /// <summary>The root's attributes.</summary>
    public IatiActivitiesFile Header { get; }

    /// <summary>
    /// Starts reading <paramref name="stream"/> (which stays open, and must allow synchronous reads) and reads its
    /// header. Throws <see cref="IatiReadException"/> if it is not an IATI activity file of a readable version.
    /// </summary>
    public static IatiActivityReader Open(Stream stream, IatiReaderOptions? options = null)
    {
        var start = stream.CanSeek ? stream.Position : -1;
        var xml = XmlReader.Create(stream, SafeReaderSettings());
        try
        {
            return new IatiActivityReader(stream, start, xml, options ?? IatiReaderOptions.Default);
        }
        catch (XmlException malformed)
        {
            xml.Dispose();
            throw Translate(malformed, stream, start);
        }
        catch
        {
            xml.Dispose();
            throw;
        }
    }

    /// <summary>Every activity of <paramref name="stream"/>, read as the sequence is enumerated.</summary>
    public static IEnumerable<IatiActivity> ReadAll(Stream stream, IatiReaderOptions? options = null)
    {
        using var reader = Open(stream, options);
        foreach (var activity in reader.ReadActivities())
        {
            yield return activity;
        }
    }

    /// <summary>The next activity, or null after the last one (the rest of the file is then checked too).</summary>
    public IatiActivity? ReadNext()
    {
        try
        {
            return Next();
        }
        catch (XmlException malformed)
        {
            throw Translate(malformed, _stream, _start);
        }
    }

    /// <summary>The remaining activities, read as the sequence is enumerated.</summary>
    public IEnumerable<IatiActivity> ReadActivities()
    {
        while (ReadNext() is { } activity)
        {
            yield return activity;
        }
    }

    /// <summary>
    /// The remaining activities, parsed on a worker thread up to <see cref="IatiReaderOptions.ReadAhead"/> activities
    /// ahead, so that parsing overlaps with what the consumer does (such as database writes). The stream is still read
    /// synchronously: copy network uploads to a file first.
    /// </summary>
    public async IAsyncEnumerable<IatiActivity> ReadActivitiesAsync(
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var channel = Channel.CreateBounded<IatiActivity>(
            new BoundedChannelOptions(_options.ReadAhead) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(() => ProduceAsync(channel.Writer, stop.Token), CancellationToken.None);
        try
        {
            await foreach (var activity in channel.Reader.ReadAllAsync(cancellationToken))
            {
                yield return activity;
            }
        }
        finally
        {
            await stop.CancelAsync();
            await producer;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _xml.Dispose();

    private async Task ProduceAsync(ChannelWriter<IatiActivity> writer, CancellationToken stop)
    {
        try
        {
            foreach (var activity in ReadActivities())
            {
                await writer.WriteAsync(activity, stop);
            }
            writer.Complete();
        }
        catch (Exception failure)
        {
            writer.TryComplete(failure is OperationCanceledException ? null : failure);
        }
    }

    private IatiActivity? Next()
    {
        while (!_finished)
        {
            if (!_cursor.NextChild(_root))
            {
                while (_xml.Read())
                {
                    // Reading to the end makes content after the root (such as a second root) an error.
                }
                _finished = true;
            }
            else if (_cursor.Name == ElementName.Activity)
            {
                return _parser.Parse(Header.Version);
            }
            else
            {
                _cursor.SkipUnmodelled();
            }
        }
        return null;
    }

    private IatiActivitiesFile ReadHeader()
    {
        _xml.MoveToContent();
        var isActivitiesRoot = _xml.NodeType == XmlNodeType.Element && _xml.LocalName == ElementName.Activities
            && _xml.NamespaceURI.Length == 0;
        if (!isActivitiesRoot)
        {
            throw _cursor.Error(IatiReadError.NotAnActivityFile, _xml.Name);
        }
        var version = _cursor.Attribute(AttributeName.Version)?.Trim()
            ?? throw _cursor.Error(IatiReadError.MissingVersion, null);
        if (!ReadableVersions.Contains(version))
        {
            throw _cursor.Error(IatiReadError.UnsupportedVersion, version);
        }
        return new IatiActivitiesFile(version, XsdValues.DateTime(_cursor.Attribute(AttributeName.GeneratedDateTime)));
    }

    private static IatiReadException Translate(XmlException malformed, Stream stream, long start)
    {
        var (line, column) = malformed.LineNumber > 0
            ? (malformed.LineNumber, malformed.LinePosition)
            : PrologPosition.Find(stream, start);
        return new IatiReadException(IatiReadError.MalformedXml, line, column, malformed.Message, malformed);
    }
}
