using System.Xml;
using System.Xml.Linq;

namespace Avance.Iati.Codes;

/// <summary>Reads one codelist file in the IATI codelist format (<c>codelist.xsd</c>).</summary>
internal static class CodelistReader
{
    private const string ListElement = "codelist";
    private const string ItemElement = "codelist-item";
    private const string WithdrawnStatus = "withdrawn";
    private static readonly XName LangAttribute = XNamespace.Xml + "lang";

    /// <summary>Reads the codelist in <paramref name="xml"/>, one item at a time.</summary>
    public static Codelist Read(Stream xml)
    {
        using var reader = XmlReader.Create(xml, IatiXml.SafeReaderSettings());
        reader.MoveToContent();
        if (reader.LocalName != ListElement)
        {
            throw new InvalidDataException($"Expected <{ListElement}>, found <{reader.LocalName}>.");
        }
        var name = reader.GetAttribute("name") ?? throw new InvalidDataException("The codelist has no name.");
        var listLanguage = reader.GetAttribute("xml:lang") ?? Codelist.FallbackLanguage;
        // Only an explicit complete="0" marks a list as open; the attribute is optional.
        var isComplete = reader.GetAttribute("complete") != "0";

        var items = new List<CodelistItem>();
        while (!reader.EOF)
        {
            // ReadFrom leaves the reader on the node after the item, which may already be the next item.
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == ItemElement)
            {
                items.Add(ReadItem((XElement)XNode.ReadFrom(reader), listLanguage));
            }
            else
            {
                reader.Read();
            }
        }
        return new Codelist(name, isComplete, items);
    }

    private static CodelistItem ReadItem(XElement item, string listLanguage)
    {
        var code = item.Element("code")?.Value.Trim() ?? throw new InvalidDataException("A codelist item has no code.");
        var names = new Dictionary<string, string>();
        foreach (var narrative in item.Element("name")?.Elements("narrative") ?? [])
        {
            var language = CodelistItem.LanguageOf((string?)narrative.Attribute(LangAttribute) ?? listLanguage);
            names.TryAdd(language, narrative.Value.Trim());
        }
        var status = (string?)item.Attribute("status") == WithdrawnStatus ? CodeStatus.Withdrawn : CodeStatus.Active;
        return new CodelistItem(code, names, status, item.Element("category")?.Value.Trim());
    }
}
