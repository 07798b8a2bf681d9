using System.Text;
using Avance.Iati.Model;
using Avance.Iati.Reading;

namespace Avance.Iati.Tests.Reading;

/// <summary>What the reader does with small files written for the purpose: versions, unknown content, languages.</summary>
public sealed class ReaderBehaviourTests
{
    [Theory]
    [InlineData("2.01")]
    [InlineData("2.02")]
    [InlineData(" 2.03 ")]
    public void Versions_2_01_to_2_03_are_read_and_kept_on_each_activity(string version)
    {
        var activity = ReadSingle(ActivitiesFile(version, "<iati-activity><iati-identifier>XM-EXAMPLE-1</iati-identifier></iati-activity>"));

        Assert.Equal(version.Trim(), activity.Source?.Version);
        Assert.Equal("XM-EXAMPLE-1", activity.Identifier);
    }

    [Theory]
    [InlineData("1.05", IatiReadError.UnsupportedVersion, "1.05")]
    [InlineData("2.04", IatiReadError.UnsupportedVersion, "2.04")]
    [InlineData(null, IatiReadError.MissingVersion, null)]
    public void Other_versions_are_refused_naming_the_version(string? version, IatiReadError error, string? detail)
    {
        var xml = version is null ? "<iati-activities>\n</iati-activities>" : ActivitiesFile(version, "");

        var failure = Assert.Throws<IatiReadException>(() => IatiActivityReader.Open(Stream(xml)));

        Assert.Equal((error, detail, 1), (failure.Error, failure.Detail, failure.LineNumber));
        Assert.Contains(detail ?? "2.03", failure.Message);
    }

    [Fact]
    public void Organisation_file_is_refused_as_not_an_activity_file()
    {
        var failure = Assert.Throws<IatiReadException>(() =>
            IatiActivityReader.Open(Stream("<iati-organisations version=\"2.03\"/>")));

        Assert.Equal((IatiReadError.NotAnActivityFile, "iati-organisations"), (failure.Error, failure.Detail));
    }

    [Fact]
    public void Unknown_elements_anywhere_are_skipped_and_counted_and_unknown_attributes_ignored()
    {
        var activity = ReadSingle(ActivitiesFile("2.03", """
            <iati-activity xmlns:x="urn:example" x:extra="1" unknown="2">
             <iati-identifier>XM-EXAMPLE-1</iati-identifier>
             <x:extension><title><narrative>not the title</narrative></title></x:extension>
             <contact-info><email>someone@example.org</email></contact-info>
             <title unknown="3"><narrative>Real title</narrative><subtitle/></title>
             <result type="1"><title><narrative>R</narrative></title><document-link url="u" format="f"/></result>
            </iati-activity>
            """));

        Assert.Equal(Narratives.Of((null, "Real title")), activity.Title);
        Assert.Equal("R", activity.Results.Single().Title.In("en", "en"));
        Assert.Equal(4, activity.Source?.UnmodelledElements);
    }

    [Fact]
    public void Narratives_without_language_take_the_activity_default()
    {
        var activity = ReadSingle(ActivitiesFile("2.03", """
            <iati-activity xml:lang="es">
             <iati-identifier>XM-EXAMPLE-1</iati-identifier>
             <title><narrative>Mujeres y paz</narrative><narrative xml:lang="en">Women and peace</narrative></title>
            </iati-activity>
            """));

        Assert.Equal("es", activity.DefaultLanguage);
        Assert.Equal("Mujeres y paz", activity.Title.In("ES", activity.DefaultLanguage));
        Assert.Equal("Women and peace", activity.Title.In("en", activity.DefaultLanguage));
        Assert.Null(activity.Title.In("fr", activity.DefaultLanguage));
    }

    [Fact]
    public void Result_values_keep_text_that_is_not_a_number_and_dates_accept_time_zones()
    {
        var activity = ReadSingle(ActivitiesFile("2.03", """
            <iati-activity><iati-identifier>XM-EXAMPLE-1</iati-identifier>
             <result type="2"><indicator measure="5">
              <baseline year="2019" iso-date="2019-03-01Z" value="Yes"><dimension name="sex" value="female"/><location ref="L1"/></baseline>
              <period><period-start iso-date="2020-01-01+01:00"/><period-end iso-date="2020-12-31"/><target value=" 12.5 "/></period>
             </indicator></result>
            </iati-activity>
            """));

        var indicator = activity.Results.Single().Indicators.Single();
        Assert.Equal(
            new Baseline
            {
                Year = 2019,
                IsoDate = new DateOnly(2019, 3, 1),
                Value = new IatiValue(null, "Yes"),
                Dimensions = [new Dimension("sex", "female")],
                LocationRefs = ["L1"],
            },
            indicator.Baselines.Single());
        Assert.Equal(new DateOnly(2020, 1, 1), indicator.Periods.Single().PeriodStart);
        Assert.Equal(IatiValue.Of(12.5m), indicator.Periods.Single().Targets.Single().Value);
    }

    [Fact]
    public void Header_carries_version_and_generation_time()
    {
        using var reader = IatiActivityReader.Open(Stream(
            "<iati-activities version=\"2.03\" generated-datetime=\"2021-05-10T21:10:24\"></iati-activities>"));

        Assert.Equal(new IatiActivitiesFile("2.03", new DateTimeOffset(2021, 5, 10, 21, 10, 24, TimeSpan.Zero)), reader.Header);
        Assert.Null(reader.ReadNext());
    }

    [Fact]
    public async Task Asynchronous_reading_gives_the_same_activities_as_synchronous_reading()
    {
        var expected = RealFiles.ReadAll(RealFiles.Undp);
        await using var stream = File.OpenRead(RealFiles.PathOf(RealFiles.Undp));
        using var reader = IatiActivityReader.Open(stream, new IatiReaderOptions { ReadAhead = 4 });

        var actual = new List<IatiActivity>();
        await foreach (var activity in reader.ReadActivitiesAsync())
        {
            actual.Add(activity);
        }

        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Asynchronous_reading_surfaces_the_read_error()
    {
        var truncated = File.ReadAllBytes(RealFiles.PathOf(RealFiles.Undp))[..200_000];
        using var reader = IatiActivityReader.Open(new MemoryStream(truncated));

        var failure = await Assert.ThrowsAsync<IatiReadException>(async () =>
        {
            await foreach (var _ in reader.ReadActivitiesAsync())
            {
            }
        });

        Assert.Equal(IatiReadError.MalformedXml, failure.Error);
    }

    [Fact]
    public async Task Asynchronous_reading_stops_reading_ahead_when_the_consumer_stops()
    {
        await using var stream = File.OpenRead(RealFiles.PathOf(RealFiles.Undp));
        using var reader = IatiActivityReader.Open(stream, new IatiReaderOptions { ReadAhead = 2 });

        await foreach (var activity in reader.ReadActivitiesAsync())
        {
            Assert.Equal("XM-DAC-41114-OUTPUT-00092046", activity.Identifier);
            break;
        }

        Assert.InRange(stream.Position, 1, stream.Length / 4);
    }

    private static string ActivitiesFile(string version, string activities) =>
        $"<iati-activities version=\"{version}\">\n{activities}\n</iati-activities>";

    private static MemoryStream Stream(string xml) => new(Encoding.UTF8.GetBytes(xml));

    private static IatiActivity ReadSingle(string xml) => IatiActivityReader.ReadAll(Stream(xml)).Single();
}
