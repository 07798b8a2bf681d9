using System.Xml;
using System.Xml.Schema;

namespace Avance.Iati.Tests.Writing;

/// <summary>
/// Validates XML against the official IATI 2.03 activity schema copied under Data/schemas, for checking the writer's
/// output independently of the library's own validator.
/// </summary>
internal static class XsdCheck
{
    private static readonly Lazy<XmlSchemaSet> Schemas = new(Load);

    /// <summary>Every schema error of <paramref name="xml"/> as "line:column message"; empty when valid.</summary>
    public static List<string> Errors(Stream xml)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = Schemas.Value };
        settings.ValidationEventHandler += (_, e) =>
            errors.Add($"{e.Exception.LineNumber}:{e.Exception.LinePosition} {e.Message}");
        using var reader = XmlReader.Create(xml, settings);
        while (reader.Read())
        {
        }
        return errors;
    }

    private static XmlSchemaSet Load()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Data", "schemas");
        var schemas = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        schemas.Add(null, Path.Combine(folder, "iati-activities-schema.xsd"));
        schemas.Compile();
        return schemas;
    }
}
