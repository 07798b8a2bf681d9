using System.Globalization;
using System.Xml;
using System.Xml.Schema;

namespace Avance.Iati.Validation;

/// <summary>
/// One streaming pass of a file through a validating reader. Schema events are raised inside <c>Read()</c>, before
/// the caller sees the node they are about, so they wait in a queue until the path has been moved to that node.
/// </summary>
internal sealed class SchemaValidationRun(string fileName, ValidationReportBuilder report, CultureInfo culture, Action<int>? activityValidated)
{
    /// <summary>Far deeper than IATI's own nesting (about 10) plus extensions; deeper means a hostile or broken file.</summary>
    private const int MaxDepth = 256;

    private const int ActivityDepth = 2;
    private const int IdentifierDepth = 3;

    private readonly ElementPath _path = new();
    private readonly List<XmlSchemaException> _pending = [];
    private string? _activityIdentifier;
    private int _activitiesValidated;

    public void Run(Stream xml)
    {
        var settings = IatiXml.SafeReaderSettings();
        settings.ValidationType = ValidationType.Schema;
        settings.Schemas = IatiSchemas.Set;
        // Without AllowXmlAttributes, xml:* attributes are checked against the imported xml.xsd like any other.
        settings.ValidationFlags = XmlSchemaValidationFlags.ProcessIdentityConstraints;
        settings.ValidationEventHandler += (_, e) => _pending.Add(e.Exception);
        var prolog = new PrologRecorder(xml);
        try
        {
            using var reader = XmlReader.Create(prolog, settings);
            while (reader.Read())
            {
                if (!Visit(reader))
                {
                    return;
                }
            }
            FlushPending();
        }
        catch (XmlException malformed)
        {
            FlushPending();
            // The refusal of a DTD carries no position; the recorded beginning of the file has it. Other refusals
            // without a position (no root, an encoding that cannot apply) concern the file as a whole: its start.
            var (line, column) = malformed.LineNumber > 0
                ? (malformed.LineNumber, malformed.LinePosition)
                : prolog.DoctypePosition() ?? (1, 1);
            Add(ValidationRules.MalformedXml, line, column, WithoutPosition(malformed.Message, line, column));
        }
    }

    /// <summary>The message without the " Line n, position m." that .NET appends, as the issue states it up front.</summary>
    private static string WithoutPosition(string message, int line, int column)
    {
        var suffix = $" Line {line}, position {column}.";
        return message.EndsWith(suffix, StringComparison.Ordinal) ? message[..^suffix.Length] : message;
    }

    /// <summary>Moves the path to the node the reader is on and reports what is pending; false to stop reading.</summary>
    private bool Visit(XmlReader reader)
    {
        switch (reader.NodeType)
        {
            case XmlNodeType.Element:
                _path.Enter(reader.Name);
                FlushPending();
                if (!CheckElement(reader))
                {
                    return false;
                }
                if (reader.IsEmptyElement)
                {
                    Leave();
                }
                break;
            case XmlNodeType.EndElement:
                FlushPending();
                Leave();
                break;
            case XmlNodeType.Text or XmlNodeType.CDATA:
                FlushPending();
                if (_path.Depth == IdentifierDepth && _path.IsAt(ActivityDepth, IatiXml.Element.Activity)
                    && _path.IsAt(IdentifierDepth, IatiXml.Element.Identifier))
                {
                    _activityIdentifier = reader.Value.Trim();
                }
                break;
            default:
                FlushPending();
                break;
        }
        return true;
    }

    private void Leave()
    {
        var endsActivity = _path.Depth == ActivityDepth && _path.IsAt(ActivityDepth, IatiXml.Element.Activity);
        _path.Leave();
        if (endsActivity)
        {
            activityValidated?.Invoke(++_activitiesValidated);
        }
    }

    private bool CheckElement(XmlReader reader)
    {
        var (line, column) = Position(reader);
        if (_path.Depth == 1 && reader.Name is not (IatiSchemas.ActivitiesRoot or IatiSchemas.OrganisationsRoot))
        {
            Add(ValidationRules.NotAnIatiFile, line, column, reader.Name);
        }
        if (_path.Depth == ActivityDepth && reader.Name == IatiXml.Element.Activity)
        {
            _activityIdentifier = null;
        }
        if (_path.Depth > MaxDepth)
        {
            Add(ValidationRules.NestedTooDeep, line, column, MaxDepth);
            return false;
        }
        return true;
    }

    private void FlushPending()
    {
        foreach (var exception in _pending)
        {
            Add(ValidationRules.SchemaViolation, exception.LineNumber, exception.LinePosition, exception.Message);
        }
        _pending.Clear();
    }

    private void Add(ValidationRule rule, int line, int column, object detail) =>
        report.Add(new ValidationIssue
        {
            Rule = rule,
            Title = rule.Title(culture),
            Message = ValidationMessages.Format("Message" + rule.ResourceKey, culture, line, column, detail),
            FileName = fileName,
            Line = line > 0 ? line : null,
            Column = column > 0 ? column : null,
            Location = _path.Depth > 0 ? _path.ToString() : null,
            ActivityIdentifier = _activityIdentifier,
        });

    private static (int Line, int Column) Position(XmlReader reader) =>
        reader is IXmlLineInfo info ? (info.LineNumber, info.LinePosition) : (0, 0);
}
