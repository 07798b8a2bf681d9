using System.Xml;
using System.Xml.Schema;

namespace Avance.Iati.Validation;

/// <summary>
/// The IATI 2.03 activity and organisation schemas, compiled once into one set. The two share no global names, so
/// a document's root element picks its own declarations: <c>iati-activities</c> the activity schema,
/// <c>iati-organisations</c> the organisation schema.
/// </summary>
internal static class IatiSchemas
{
    /// <summary>The root element of activity files.</summary>
    public const string ActivitiesRoot = "iati-activities";

    /// <summary>The root element of organisation files.</summary>
    public const string OrganisationsRoot = "iati-organisations";

    private static readonly string[] TopLevelSchemas = ["iati-activities-schema.xsd", "iati-organisations-schema.xsd"];

    private static readonly Lazy<XmlSchemaSet> CompiledSet = new(Compile);

    /// <summary>
    /// The compiled set. It is never changed after compiling, which is what makes sharing it between concurrent
    /// validating readers safe.
    /// </summary>
    public static XmlSchemaSet Set => CompiledSet.Value;

    private static XmlSchemaSet Compile()
    {
        var set = new XmlSchemaSet { XmlResolver = new EmbeddedSchemaResolver() };
        foreach (var fileName in TopLevelSchemas)
        {
            using var stream = EmbeddedSchemaResolver.Open(fileName);
            using var reader = XmlReader.Create(stream, IatiXml.SafeReaderSettings(), new Uri(EmbeddedSchemaResolver.BaseUri, fileName).AbsoluteUri);
            set.Add(null, reader);
        }
        set.Compile();
        return set;
    }
}
