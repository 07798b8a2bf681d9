using System.Text;
using System.Xml;
using Avance.Iati.Model;
using static Avance.Iati.IatiXml;
using AttributeName = Avance.Iati.IatiXml.Attribute;
using ElementName = Avance.Iati.IatiXml.Element;

namespace Avance.Iati.Writing;

/// <summary>
/// Writes activities as an IATI 2.03 activity file, streaming: one activity is in memory at a time. The file is
/// always 2.03 whatever version the activities were read from; <see cref="IatiActivitiesFile.Version"/> is not used.
/// Elements are written in schema order; whether the content is complete (a title, a reporting-org...) is up to the
/// caller, and the validator checks it.
/// </summary>
public static class IatiActivityWriter
{
    /// <summary>Writes <paramref name="activities"/> to <paramref name="output"/>, which stays open.</summary>
    public static void Write(Stream output, IatiActivitiesFile header, IEnumerable<IatiActivity> activities)
    {
        using var xml = XmlWriter.Create(output, Settings());
        var activityWriter = new ActivityWriter(xml);
        WriteStart(xml, header);
        foreach (var activity in activities)
        {
            activityWriter.Write(activity);
        }
        xml.WriteEndDocument();
    }

    /// <summary>
    /// Writes <paramref name="activities"/> to <paramref name="output"/> (which stays open) as they arrive, with
    /// asynchronous writes to the stream: each activity is formatted in a buffer, then copied.
    /// </summary>
    public static async Task WriteAsync(Stream output, IatiActivitiesFile header, IAsyncEnumerable<IatiActivity> activities,
        CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, Settings()))
        {
            var activityWriter = new ActivityWriter(xml);
            WriteStart(xml, header);
            await foreach (var activity in activities.WithCancellation(cancellationToken))
            {
                activityWriter.Write(activity);
                xml.Flush();
                await CopyAndClearAsync(buffer, output, cancellationToken);
            }
            xml.WriteEndDocument();
        }
        await CopyAndClearAsync(buffer, output, cancellationToken);
        await output.FlushAsync(cancellationToken);
    }

    private static XmlWriterSettings Settings() => new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = " ",
        // Entitizing keeps carriage returns and tabs in narratives and attributes, which plain output would normalise.
        NewLineHandling = NewLineHandling.Entitize,
        CloseOutput = false,
    };

    private static void WriteStart(XmlWriter xml, IatiActivitiesFile header)
    {
        xml.WriteStartDocument();
        xml.WriteStartElement(ElementName.Activities);
        xml.WriteAttributeString(AttributeName.Version, WrittenVersion);
        xml.OptionalAttribute(AttributeName.GeneratedDateTime, header.GeneratedDateTime);
    }

    private static async Task CopyAndClearAsync(MemoryStream buffer, Stream output, CancellationToken cancellationToken)
    {
        await output.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken);
        buffer.SetLength(0);
    }
}
