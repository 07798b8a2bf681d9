using System.Globalization;
using System.Xml;
using Avance.Iati.Model;
using static Avance.Iati.IatiXml;
using AttributeName = Avance.Iati.IatiXml.Attribute;
using ElementName = Avance.Iati.IatiXml.Element;

namespace Avance.Iati.Writing;

/// <summary>
/// The writing conventions shared by every element: absent values are not written at all, and typed values take their
/// XML Schema form (dates yyyy-MM-dd, booleans 1/0, invariant decimals).
/// </summary>
internal static class IatiXmlWriterExtensions
{
    public static void OptionalAttribute(this XmlWriter xml, string name, string? value)
    {
        if (value is not null)
        {
            xml.WriteAttributeString(name, value);
        }
    }

    public static void OptionalAttribute(this XmlWriter xml, string name, decimal? value) =>
        xml.OptionalAttribute(name, value?.ToString(CultureInfo.InvariantCulture));

    public static void OptionalAttribute(this XmlWriter xml, string name, int? value) =>
        xml.OptionalAttribute(name, value?.ToString(CultureInfo.InvariantCulture));

    public static void OptionalAttribute(this XmlWriter xml, string name, bool? value) =>
        xml.OptionalAttribute(name, value switch { true => "1", false => "0", null => null });

    public static void OptionalAttribute(this XmlWriter xml, string name, DateOnly? value) =>
        xml.OptionalAttribute(name, Format(value));

    public static void OptionalAttribute(this XmlWriter xml, string name, DateTimeOffset? value) =>
        xml.OptionalAttribute(name, value?.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture));

    public static void OptionalLanguage(this XmlWriter xml, string? language)
    {
        if (language is not null)
        {
            xml.WriteAttributeString("xml", AttributeName.Lang, XmlNamespace, language);
        }
    }

    /// <summary>The narrative children of the element being written.</summary>
    public static void NarrativeChildren(this XmlWriter xml, Narratives narratives)
    {
        foreach (var narrative in narratives.Items)
        {
            xml.WriteStartElement(ElementName.Narrative);
            xml.OptionalLanguage(narrative.Language);
            xml.WriteString(narrative.Text);
            xml.WriteEndElement();
        }
    }

    /// <summary>An element holding only narratives, written even when empty (for elements the schema requires).</summary>
    public static void NarrativeElement(this XmlWriter xml, string name, Narratives narratives)
    {
        xml.WriteStartElement(name);
        xml.NarrativeChildren(narratives);
        xml.WriteEndElement();
    }

    /// <summary>An optional element holding only narratives: nothing is written when there are none.</summary>
    public static void OptionalNarrativeElement(this XmlWriter xml, string name, Narratives narratives)
    {
        if (!narratives.IsEmpty)
        {
            xml.NarrativeElement(name, narratives);
        }
    }

    /// <summary>An element carrying only an attribute (<c>@code</c>, <c>@iso-date</c>...), when it has a value.</summary>
    public static void AttributeOnlyElement(this XmlWriter xml, string name, string attribute, string? value)
    {
        if (value is not null)
        {
            xml.WriteStartElement(name);
            xml.WriteAttributeString(attribute, value);
            xml.WriteEndElement();
        }
    }

    public static void CodeElement(this XmlWriter xml, string name, string? code) =>
        xml.AttributeOnlyElement(name, AttributeName.Code, code);

    public static void DateElement(this XmlWriter xml, string name, DateOnly? date) =>
        xml.AttributeOnlyElement(name, AttributeName.IsoDate, Format(date));

    private static string? Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
