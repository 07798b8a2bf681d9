using System.Xml;

namespace Avance.Iati.Validation;

/// <summary>
/// Resolves the schemas' <c>xs:include</c> and <c>xs:import</c> (iati-common.xsd, xml.xsd) to the copies embedded in
/// this assembly, so compiling the schemas never reads the disk or the network.
/// </summary>
internal sealed class EmbeddedSchemaResolver : XmlResolver
{
    /// <summary>The base address given to the embedded schemas; it names no real place.</summary>
    public static readonly Uri BaseUri = new("embedded://avance-iati/schemas/");

    private const string ResourcePrefix = "Avance.Iati.Schemas.";

    /// <summary>The embedded schema file <paramref name="fileName"/> (e.g. <c>iati-common.xsd</c>).</summary>
    public static Stream Open(string fileName) =>
        typeof(EmbeddedSchemaResolver).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
        ?? throw new XmlException($"Schema {fileName} is not embedded in the library.");

    /// <inheritdoc />
    public override object GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
    {
        if (absoluteUri.Scheme != BaseUri.Scheme || absoluteUri.Host != BaseUri.Host)
        {
            throw new XmlException($"Refusing to load {absoluteUri}: only the embedded IATI schemas are available.");
        }
        return Open(Path.GetFileName(absoluteUri.AbsolutePath));
    }
}
