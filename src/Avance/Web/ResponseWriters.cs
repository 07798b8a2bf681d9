using System.Buffers;
using System.Text;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;

namespace Avance.Web;

/// <summary>
/// The writer pages are rendered into. MVC's own holds 16,384 characters and writes to the response each time it
/// fills, and every write to Kestrel's response stream is sent at once: a 21 kB country page went out in two sends
/// and two chunks instead of one. This one holds a whole page of the usual size, so it is sent once, when rendered.
/// </summary>
internal sealed class PageSizedResponseWriters : IHttpResponseStreamWriterFactory
{
    /// <summary>Characters kept before a write to the response; larger pages are still written, in parts.</summary>
    public const int BufferSize = 32 * 1024;

    public TextWriter CreateWriter(Stream stream, Encoding encoding) =>
        new HttpResponseStreamWriter(stream, encoding, BufferSize, ArrayPool<byte>.Shared, ArrayPool<char>.Shared);
}
