using System.Text;
using Avance.Iati.Model;
using Avance.Iati.Reading;
using Avance.Iati.Writing;

namespace Avance.Iati.Tests.Writing;

/// <summary>
/// The writer on an activity using every element and attribute of the model: schema order and required attributes
/// (checked by the official XSD), and exact round trip of every value.
/// </summary>
public sealed class WriterOutputTests
{
    private static readonly IatiActivitiesFile Header = new("2.02", new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero));

    [Fact]
    public void Complete_activity_is_valid_against_the_2_03_schema()
    {
        Assert.Empty(XsdCheck.Errors(new MemoryStream(Write(CompleteActivity.Build()))));
    }

    [Fact]
    public void Complete_activity_reads_back_equal()
    {
        var activity = CompleteActivity.Build();

        var reread = IatiActivityReader.ReadAll(new MemoryStream(Write(activity))).Single();

        ActivityComparison.AssertSameContent([activity], [reread]);
    }

    [Fact]
    public void File_is_utf8_2_03_with_the_header_time_and_text_that_survives_parsing()
    {
        var xml = Encoding.UTF8.GetString(Write(CompleteActivity.Build()));

        Assert.StartsWith(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
            + "<iati-activities version=\"2.03\" generated-datetime=\"2025-01-02T03:04:05+00:00\">",
            xml);
        Assert.Contains("last-updated-datetime=\"2025-03-04T05:06:07.89-06:00\"", xml);
        Assert.Contains("<narrative xml:lang=\"en\">  Women,&#xD;\n peace\tand security  </narrative>", xml);
        Assert.Contains("<narrative>Mujeres, paz &amp; seguridad &lt;PNA&gt;</narrative>", xml);
        Assert.Contains("<value currency=\"USD\" value-date=\"2024-01-01\">-250.5</value>", xml);
        Assert.Contains("<baseline year=\"2023\" iso-date=\"2023-06-30\" value=\"12.50\">", xml);
    }

    private static byte[] Write(IatiActivity activity)
    {
        using var output = new MemoryStream();
        IatiActivityWriter.Write(output, Header, [activity]);
        return output.ToArray();
    }
}
