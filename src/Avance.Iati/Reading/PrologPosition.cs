using System.Text;

namespace Avance.Iati.Reading;

/// <summary>
/// XmlReader reports a prohibited DTD (and an encoding it cannot switch to) without a position. For streams that can
/// seek, this finds the <c>&lt;!DOCTYPE</c> in the file's beginning so the error still names its line; otherwise the
/// error is placed at the start of the file, where the XML declaration is.
/// </summary>
internal static class PrologPosition
{
    private const int PrologBytes = 64 * 1024;
    private const string Doctype = "<!DOCTYPE";

    /// <summary>1-based line and column of the DOCTYPE, or of the file's start when there is none to find.</summary>
    public static (int Line, int Column) Find(Stream stream, long start)
    {
        if (start < 0 || !stream.CanSeek)
        {
            return (1, 1);
        }
        stream.Position = start;
        var head = new byte[PrologBytes];
        var length = stream.ReadAtLeast(head, PrologBytes, throwOnEndOfStream: false);
        // One character per byte keeps the offsets of ASCII markup exact whatever the file's encoding.
        var text = Encoding.Latin1.GetString(head, 0, length);
        var doctype = text.IndexOf(Doctype, StringComparison.Ordinal);
        if (doctype < 0)
        {
            return (1, 1);
        }
        var lineStart = text.LastIndexOf('\n', doctype) + 1;
        return (text.AsSpan(0, doctype).Count('\n') + 1, doctype - lineStart + 1);
    }
}
