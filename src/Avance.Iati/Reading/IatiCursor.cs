using System.Text;
using System.Xml;
using Avance.Iati.Model;

namespace Avance.Iati.Reading;

/// <summary>
/// Walks an IATI file element by element, forward only. Every Read/Skip method starts on an element's start tag and
/// leaves the reader just after that element's end, so parsers compose without looking ahead.
/// </summary>
internal sealed class IatiCursor(XmlReader reader, IatiReaderOptions options)
{
    private const int NoChildren = -1;

    private readonly IXmlLineInfo _lineInfo = (IXmlLineInfo)reader;
    private readonly StringBuilder _text = new();
    private readonly char[] _chunk = new char[4096];

    /// <summary>Elements skipped because the model does not hold them, since the last reset.</summary>
    public int UnmodelledElements { get; set; }

    /// <summary>Local name of the current element.</summary>
    public string Name => reader.LocalName;

    /// <summary>1-based line of the current node.</summary>
    public int LineNumber => _lineInfo.LineNumber;

    /// <summary>1-based column of the current node.</summary>
    public int LinePosition => _lineInfo.LinePosition;

    /// <summary>An attribute of the current element in no namespace, null when absent.</summary>
    public string? Attribute(string name) => reader.GetAttribute(name);

    /// <summary>The <c>xml:lang</c> of the current element itself (not inherited).</summary>
    public string? Language => reader.GetAttribute(IatiXml.Attribute.Lang, IatiXml.XmlNamespace);

    /// <summary>A decimal attribute, null when absent or not a number.</summary>
    public decimal? DecimalAttribute(string name) => XsdValues.Decimal(Attribute(name));

    /// <summary>A date attribute, null when absent or not a date.</summary>
    public DateOnly? DateAttribute(string name) => XsdValues.Date(Attribute(name));

    /// <summary>A boolean attribute, null when absent or not a boolean.</summary>
    public bool? BooleanAttribute(string name) => XsdValues.Boolean(Attribute(name));

    /// <summary>An integer attribute, null when absent or not an integer.</summary>
    public int? IntegerAttribute(string name) => XsdValues.Integer(Attribute(name));

    /// <summary>Moves past the current start tag; returns the token to pass to <see cref="NextChild"/>.</summary>
    public int Enter()
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return NoChildren;
        }
        var depth = reader.Depth;
        reader.Read();
        return depth;
    }

    /// <summary>
    /// Moves to the next child element in no namespace (extension elements are skipped and counted); false, and past
    /// the parent's end tag, when there is none. The caller must consume each child it is given.
    /// </summary>
    public bool NextChild(int parent)
    {
        if (parent == NoChildren)
        {
            return false;
        }
        while (true)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.NamespaceURI.Length == 0:
                    CheckDepth();
                    return true;
                case XmlNodeType.Element:
                    SkipUnmodelled();
                    break;
                case XmlNodeType.EndElement when reader.Depth == parent:
                    reader.Read();
                    return false;
                case XmlNodeType.None:
                    return false;
                default:
                    reader.Read();
                    break;
            }
        }
    }

    /// <summary>Skips the current element whose content is deliberately not needed.</summary>
    public void Skip()
    {
        CheckDepth();
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }
        var depth = reader.Depth;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                CheckDepth();
            }
            else if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth)
            {
                reader.Read();
                return;
            }
        }
    }

    /// <summary>Skips the current element because the model does not hold it, and counts it.</summary>
    public void SkipUnmodelled()
    {
        UnmodelledElements++;
        Skip();
    }

    /// <summary>
    /// The text content of the current element, read in chunks so that an oversized text stops the read at the limit
    /// instead of being allocated whole. Child elements (not allowed in IATI text) are skipped.
    /// </summary>
    public string ReadText()
    {
        var element = Enter();
        if (element == NoChildren)
        {
            return "";
        }
        _text.Clear();
        while (true)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    AppendValueInChunks();
                    reader.Read();
                    break;
                case XmlNodeType.Element:
                    SkipUnmodelled();
                    break;
                case XmlNodeType.EndElement when reader.Depth == element:
                    reader.Read();
                    return _text.ToString();
                case XmlNodeType.None:
                    return _text.ToString();
                default:
                    reader.Read();
                    break;
            }
        }
    }

    /// <summary>The narratives of the current element (a title, a description, an organisation...).</summary>
    public Narratives ReadNarratives()
    {
        var element = Enter();
        List<Narrative>? narratives = null;
        while (NextChild(element))
        {
            if (Name == IatiXml.Element.Narrative)
            {
                var language = Language;
                (narratives ??= []).Add(new Narrative(language, ReadText()));
            }
            else
            {
                SkipUnmodelled();
            }
        }
        return narratives is null ? Narratives.None : new Narratives(narratives.ToValueList());
    }

    /// <summary>An error at the current position.</summary>
    public IatiReadException Error(IatiReadError error, string? detail) =>
        new(error, LineNumber, LinePosition, detail);

    private void AppendValueInChunks()
    {
        int read;
        while ((read = reader.ReadValueChunk(_chunk, 0, _chunk.Length)) > 0)
        {
            if (_text.Length + read > options.MaxNarrativeLength)
            {
                throw Error(IatiReadError.NarrativeTooLong, options.MaxNarrativeLength.ToString());
            }
            _text.Append(_chunk, 0, read);
        }
    }

    private void CheckDepth()
    {
        if (reader.Depth > options.MaxDepth)
        {
            throw Error(IatiReadError.TooDeep, options.MaxDepth.ToString());
        }
    }
}
