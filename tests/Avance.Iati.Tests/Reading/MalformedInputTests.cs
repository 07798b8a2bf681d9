using System.Text;
using Avance.Iati.Reading;

namespace Avance.Iati.Tests.Reading;

/// <summary>
/// Hostile and broken inputs: each ends in one <see cref="IatiReadException"/> with a position, quickly (every read
/// runs under a time limit, so a hang fails the test instead of blocking the run).
/// </summary>
public sealed class MalformedInputTests
{
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(30);

    private const string Activity =
        "<iati-activity><iati-identifier>XM-EXAMPLE-1</iati-identifier><title><narrative>T</narrative></title></iati-activity>";

    [Fact]
    public async Task Truncated_file_fails_at_its_end_after_the_complete_activities()
    {
        var bytes = File.ReadAllBytes(RealFiles.PathOf(RealFiles.FoodSecurity))[..50_000];
        var read = new List<string>();

        var error = await FailsAsync(() => new MemoryStream(bytes), activity => read.Add(activity));

        Assert.Equal(IatiReadError.MalformedXml, error.Error);
        Assert.Equal(LineCount(bytes), error.LineNumber);
        var completeActivities = Encoding.UTF8.GetString(bytes).Split("</iati-activity>").Length - 1;
        var identifiers = RealFiles.ReadAll(RealFiles.FoodSecurity).Select(a => a.Identifier);
        Assert.Equal(identifiers.Take(completeActivities), read);
    }

    [Fact]
    public async Task Bytes_that_do_not_match_the_declared_encoding_fail_where_they_start()
    {
        var latin1Activity = Activity.Replace("T<", "Égalité<");
        var xml = Encoding.Latin1.GetBytes(
            $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<iati-activities version=\"2.03\">\n{latin1Activity}</iati-activities>");

        var error = await FailsAsync(() => new MemoryStream(xml));

        Assert.Equal((IatiReadError.MalformedXml, 3), (error.Error, error.LineNumber));
    }

    [Theory]
    [InlineData("UTF-16")]
    [InlineData("no-such-encoding")]
    public async Task Declared_encoding_that_cannot_apply_fails_on_the_first_line(string encoding)
    {
        var xml = Encoding.UTF8.GetBytes(
            $"<?xml version=\"1.0\" encoding=\"{encoding}\"?>\n<iati-activities version=\"2.03\">{Activity}</iati-activities>");

        var error = await FailsAsync(() => new MemoryStream(xml));

        Assert.Equal((IatiReadError.MalformedXml, 1), (error.Error, error.LineNumber));
    }

    [Fact]
    public async Task Entity_expansion_bomb_is_refused_at_its_DTD()
    {
        var laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE iati-activities [\n <!ENTITY lol0 \"lol\">\n");
        for (var level = 1; level <= 10; level++)
        {
            laughs.Append($" <!ENTITY lol{level} \"{string.Concat(Enumerable.Repeat($"&lol{level - 1};", 10))}\">\n");
        }
        laughs.Append("]>\n<iati-activities version=\"2.03\">")
            .Append("<iati-activity><iati-identifier>&lol10;</iati-identifier></iati-activity></iati-activities>");

        var error = await FailsAsync(() => new MemoryStream(Encoding.UTF8.GetBytes(laughs.ToString())));

        Assert.Equal((IatiReadError.MalformedXml, 2), (error.Error, error.LineNumber));
    }

    [Fact]
    public async Task External_entity_is_never_resolved()
    {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE iati-activities [ <!ENTITY secret SYSTEM \"file:///etc/passwd\"> ]>\n"
            + "<iati-activities version=\"2.03\"><iati-activity><iati-identifier>&secret;</iati-identifier></iati-activity></iati-activities>";

        var error = await FailsAsync(() => new MemoryStream(Encoding.UTF8.GetBytes(xml)));

        Assert.Equal((IatiReadError.MalformedXml, 2), (error.Error, error.LineNumber));
        Assert.DoesNotContain("root:", error.Message);
    }

    [Fact]
    public async Task Narrative_of_100_MB_stops_at_the_limit_without_being_read_whole()
    {
        var prefix = Encoding.UTF8.GetBytes(
            "<iati-activities version=\"2.03\">\n<iati-activity>\n<iati-identifier>XM-EXAMPLE-1</iati-identifier>\n<title><narrative>");
        var suffix = Encoding.UTF8.GetBytes("</narrative></title></iati-activity></iati-activities>");
        var hundredMegabytes = new GeneratedStream(prefix, 100L * 1024 * 1024, (byte)'a', suffix);
        long allocated = 0;

        var error = await FailsAsync(() => hundredMegabytes, onAllocated: bytes => allocated = bytes);

        Assert.Equal((IatiReadError.NarrativeTooLong, 4), (error.Error, error.LineNumber));
        Assert.InRange(hundredMegabytes.Position, 1024 * 1024, 2 * 1024 * 1024);
        Assert.InRange(allocated, 1, 8L * 1024 * 1024);
    }

    [Theory]
    [InlineData("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj")]
    [InlineData("{\"iati-activities\": []}")]
    [InlineData("iati-identifier,title\nXM-EXAMPLE-1,Test")]
    [InlineData("")]
    public async Task Input_that_is_not_XML_fails_on_the_first_line(string content)
    {
        var error = await FailsAsync(() => new MemoryStream(Encoding.UTF8.GetBytes(content)));

        Assert.Equal((IatiReadError.MalformedXml, 1), (error.Error, error.LineNumber));
    }

    [Fact]
    public async Task Elements_nested_beyond_the_depth_limit_fail_where_the_limit_is_crossed()
    {
        var nesting = string.Concat(Enumerable.Repeat("<x>", 100)) + string.Concat(Enumerable.Repeat("</x>", 100));
        var xml = $"<iati-activities version=\"2.03\">\n<iati-activity>\n{nesting}</iati-activity></iati-activities>";

        var error = await FailsAsync(() => new MemoryStream(Encoding.UTF8.GetBytes(xml)));

        Assert.Equal((IatiReadError.TooDeep, 3), (error.Error, error.LineNumber));
        Assert.Equal("64", error.Detail);
    }

    /// <summary>
    /// Reads everything from <paramref name="open"/> on one worker thread, so that <paramref name="onAllocated"/> gets
    /// the bytes this read allocated, unaffected by tests running in parallel.
    /// </summary>
    private static async Task<IatiReadException> FailsAsync(Func<Stream> open, Action<string>? onActivity = null,
        Action<long>? onAllocated = null)
    {
        var reading = Task.Run(() =>
        {
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var failure = Assert.Throws<IatiReadException>(() =>
            {
                using var stream = open();
                foreach (var activity in IatiActivityReader.ReadAll(stream))
                {
                    onActivity?.Invoke(activity.Identifier);
                }
            });
            onAllocated?.Invoke(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore);
            return failure;
        });
        var error = await reading.WaitAsync(TimeLimit);
        Assert.True(error.LineNumber > 0, error.Message);
        return error;
    }

    private static int LineCount(byte[] bytes) => bytes.Count(b => b == '\n') + 1;
}
