using System.Diagnostics;
using System.Text;
using Avance.Features.Interchange.Import;
using Avance.Tests.Infrastructure;

namespace Avance.Tests.Features.Interchange;

/// <summary>Hostile or broken files: one clear error, nothing written, and no hang.</summary>
public sealed class MalformedImportTests
{
    public static TheoryData<string, byte[]> Files => new()
    {
        { "not XML", Encoding.UTF8.GetBytes("%PDF-1.7 this is not an activity file") },
        { "entity bomb", Encoding.UTF8.GetBytes("""
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
            <iati-activities version="2.03"><iati-activity><iati-identifier>&lol3;</iati-identifier></iati-activity></iati-activities>
            """) },
        { "external entity", Encoding.UTF8.GetBytes("""
            <?xml version="1.0"?>
            <!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <iati-activities version="2.03"><iati-activity><iati-identifier>&secret;</iati-identifier></iati-activity></iati-activities>
            """) },
        { "wrong encoding", [.. Encoding.ASCII.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<iati-activities version=\"2.03\"></iati-activities>")] },
        { "another root", Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><html><body>Not found</body></html>") },
    };

    [Theory, MemberData(nameof(Files))]
    public async Task A_malformed_file_is_refused_with_a_message_and_writes_nothing(string kind, byte[] content)
    {
        await using var scene = await InterchangeScene.StartAsync(Provider.Sqlite);
        var before = await scene.DumpAsync();
        var clock = Stopwatch.StartNew();

        var report = await scene.ImportPathAsync(IatiFiles.Scratch(content, "bad.xml"), "bad.xml");

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"{kind} took {clock.Elapsed}");
        Assert.Equal(ImportResult.Refused, report.Result);
        var errors = report.Issues.Where(i => i.Severity == IssueSeverity.Error).ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.True(e.Line is > 0 && e.Message.Length > 20, $"{kind}: {e.Line} {e.Message}"));
        Assert.Equal(before, await scene.DumpAsync());
    }

    [Fact]
    public async Task The_refusal_is_worded_in_Spanish_for_a_Spanish_import()
    {
        await using var scene = await InterchangeScene.StartAsync(Provider.Sqlite);

        var report = await scene.ImportPathAsync(IatiFiles.Scratch(Encoding.UTF8.GetBytes("not xml at all"), "bad.xml"), "bad.xml", language: "es");

        Assert.Contains("XML", Assert.Single(report.Issues).Message);
        Assert.Matches("(no|está|archivo|válido|bien formado)", Assert.Single(report.Issues).Message);
    }
}
