using Avance.Iati.Model;
using Avance.Iati.Reading;
using Avance.Iati.Tests.Reading;
using Avance.Iati.Writing;

namespace Avance.Iati.Tests.Writing;

/// <summary>
/// Each real file read, written as 2.03 and read again gives the same activities, and the written file is valid
/// against the official 2.03 schema.
/// </summary>
public sealed class RoundTripTests
{
    private static readonly IatiActivitiesFile Header = new("2.03", new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero));

    [Theory]
    [MemberData(nameof(RealFiles.All), MemberType = typeof(RealFiles))]
    public void Read_write_read_gives_equal_activities(string file)
    {
        var original = RealFiles.ReadAll(file);

        var written = Write(original);
        var reread = IatiActivityReader.ReadAll(new MemoryStream(written)).ToList();

        ActivityComparison.AssertSameContent(original, reread);
        Assert.All(reread, a => Assert.Equal("2.03", a.Source?.Version));
    }

    [Theory]
    [MemberData(nameof(RealFiles.All), MemberType = typeof(RealFiles))]
    public void Written_file_is_valid_against_the_2_03_schema(string file)
    {
        var written = Write(RealFiles.ReadAll(file));

        Assert.Empty(XsdCheck.Errors(new MemoryStream(written)));
    }

    [Fact]
    public async Task Asynchronous_writing_gives_the_same_bytes()
    {
        var activities = RealFiles.ReadAll(RealFiles.FoodSecurity);
        using var output = new MemoryStream();

        await IatiActivityWriter.WriteAsync(output, Header, activities.ToAsyncEnumerable());

        Assert.Equal(Write(activities), output.ToArray());
    }

    private static byte[] Write(IEnumerable<IatiActivity> activities)
    {
        using var output = new MemoryStream();
        IatiActivityWriter.Write(output, Header, activities);
        return output.ToArray();
    }
}
