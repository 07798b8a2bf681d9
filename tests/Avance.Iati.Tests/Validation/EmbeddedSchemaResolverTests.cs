using System.Xml;
using Avance.Iati.Validation;

namespace Avance.Iati.Tests.Validation;

public class EmbeddedSchemaResolverTests
{
    private readonly EmbeddedSchemaResolver _resolver = new();

    [Theory]
    [InlineData("iati-common.xsd", "<xsd:schema")]
    [InlineData("xml.xsd", "targetNamespace=\"http://www.w3.org/XML/1998/namespace\"")]
    public void Imports_resolve_to_the_embedded_copies(string schemaLocation, string expected)
    {
        var uri = _resolver.ResolveUri(new Uri(EmbeddedSchemaResolver.BaseUri, "iati-activities-schema.xsd"), schemaLocation);

        using var reader = new StreamReader((Stream)_resolver.GetEntity(uri, null, typeof(Stream)));

        Assert.Contains(expected, reader.ReadToEnd());
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("http://www.w3.org/2001/xml.xsd")]
    public void Nothing_outside_the_library_is_ever_loaded(string address) =>
        Assert.Throws<XmlException>(() => _resolver.GetEntity(new Uri(address), null, typeof(Stream)));

    [Fact]
    public void A_schema_that_is_not_embedded_is_refused() =>
        Assert.Throws<XmlException>(() => _resolver.GetEntity(new Uri(EmbeddedSchemaResolver.BaseUri, "other.xsd"), null, typeof(Stream)));
}
