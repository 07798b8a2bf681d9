using System.Diagnostics;
using System.Globalization;
using System.Text;
using Avance.Iati.Validation;

namespace Avance.Iati.Tests.Validation;

/// <summary>Broken and hostile input gives one located error, quickly, and never an exception.</summary>
public class MalformedInputTests
{
    private static readonly TimeSpan Quickly = TimeSpan.FromSeconds(5);
    private readonly IatiSchemaValidator _validator = new();

    [Fact]
    public void A_truncated_file_is_one_error_where_it_stops()
    {
        var whole = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Data", "real", "undp_hdx-fixture-dportal-0.xml"));
        var half = whole[..(whole.Length / 2)];
        var lines = Encoding.UTF8.GetString(half).Count(c => c == '\n') + 1;

        var issue = SingleMalformed(half);

        Assert.InRange(issue.Line!.Value, lines - 1, lines);
        Assert.StartsWith("iati-activity[", issue.Location);
    }

    [Fact]
    public void An_entity_expansion_bomb_is_refused_without_expanding()
    {
        var entities = new StringBuilder("<!ENTITY e0 \"lol\">");
        for (var i = 1; i <= 30; i++)
        {
            entities.Append($"<!ENTITY e{i} \"&e{i - 1};&e{i - 1};&e{i - 1};&e{i - 1};\">");
        }
        var bomb = $"<?xml version=\"1.0\"?>\n<!DOCTYPE iati-activities [{entities}]>\n<iati-activities version=\"2.03\">&e30;</iati-activities>";

        var issue = SingleMalformed(bomb);

        Assert.Equal(2, issue.Line);
        Assert.Equal(1, issue.Column);
        Assert.Contains("DTD", issue.Message);
    }

    [Fact]
    public void An_external_entity_is_never_fetched()
    {
        var secret = Path.Combine(Path.GetTempPath(), $"iati-secret-{Guid.NewGuid():N}.txt");
        File.WriteAllText(secret, "TOP-SECRET-CONTENT");
        try
        {
            var xml = $"<?xml version=\"1.0\"?><!DOCTYPE iati-activities [<!ENTITY leak SYSTEM \"file://{secret}\">]>" +
                "<iati-activities version=\"2.03\"><iati-activity><iati-identifier>&leak;</iati-identifier></iati-activity></iati-activities>";

            var issue = SingleMalformed(xml);

            Assert.DoesNotContain("TOP-SECRET", issue.Message);
            Assert.Null(issue.ActivityIdentifier);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void A_binary_file_is_one_error_at_its_start()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];

        Assert.Equal(1, SingleMalformed(png).Line);
    }

    [Fact]
    public void A_json_file_is_one_error_at_its_start()
    {
        var issue = SingleMalformed("""{"iati-activities": []}""");

        Assert.Equal(1, issue.Line);
        Assert.Equal(1, issue.Column);
    }

    [Fact]
    public void An_empty_file_is_one_error_at_its_start() => Assert.Equal(1, SingleMalformed([]).Line);

    [Fact]
    public void A_wrong_encoding_declaration_is_one_error()
    {
        var utf8Declared16 = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<iati-activities version=\"2.03\"/>");

        Assert.Equal(1, SingleMalformed(utf8Declared16).Line);
    }

    [Fact]
    public void Bytes_invalid_in_the_declared_encoding_are_one_error_on_their_line()
    {
        var head = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<iati-activities version=\"2.03\">\n<iati-activity><iati-identifier>");
        byte[] latin1 = [0x4D, 0xE9, 0x78, 0x69, 0x63, 0x6F];
        var tail = Encoding.UTF8.GetBytes("</iati-identifier></iati-activity></iati-activities>");

        Assert.Equal(3, SingleMalformed([.. head, .. latin1, .. tail]).Line);
    }

    [Fact]
    public void A_legacy_encoding_that_is_declared_is_read()
    {
        var xml = XmlInput.File(XmlInput.Activity("MX-1", "<sector vocabulary=\"98\" code=\"Protección\"/>"))
            .Replace("UTF-8", "windows-1252");
        var bytes = Encoding.Latin1.GetBytes(xml);

        Assert.Empty(_validator.Validate(XmlInput.Stream(bytes), "legacy.xml", CultureInfo.InvariantCulture).Issues);
    }

    [Fact]
    public void Absurd_nesting_stops_reading_with_an_error()
    {
        var depth = 100_000;
        var open = string.Concat(Enumerable.Repeat("<x:a>", depth));
        var close = string.Concat(Enumerable.Repeat("</x:a>", depth));
        var xml = XmlInput.File(XmlInput.Activity("A-1", $"<x:wrap xmlns:x=\"http://example.org/x\">{open}{close}</x:wrap>"));

        var report = Timed(() => _validator.Validate(XmlInput.Stream(xml), "deep.xml", CultureInfo.InvariantCulture));

        var issue = Assert.Single(report.Issues);
        Assert.Equal(ValidationRules.NestedTooDeep, issue.Rule);
        Assert.Equal("A-1", issue.ActivityIdentifier);
    }

    [Fact]
    public void Malformed_file_messages_are_localised()
    {
        var spanish = _validator.Validate(XmlInput.Stream("no es XML"), "x.xml", CultureInfo.GetCultureInfo("es-MX"));

        var issue = Assert.Single(spanish.Issues);
        Assert.Equal("XML mal formado", issue.Title);
        Assert.StartsWith("1:1 El archivo no se puede leer como XML: ", issue.Message);
    }

    private ValidationIssue SingleMalformed(string xml) => SingleMalformed(Encoding.UTF8.GetBytes(xml));

    private ValidationIssue SingleMalformed(byte[] bytes)
    {
        var report = Timed(() => _validator.Validate(XmlInput.Stream(bytes), "broken.xml", CultureInfo.GetCultureInfo("en")));

        var issue = Assert.Single(report.Issues);
        Assert.Equal(ValidationRules.MalformedXml, issue.Rule);
        Assert.Equal(ValidationSeverity.Error, issue.Severity);
        Assert.Equal("Not well-formed XML", issue.Title);
        Assert.Equal("broken.xml", issue.FileName);
        Assert.True(issue.Line >= 1 && issue.Column >= 1, $"{issue.Line}:{issue.Column}");
        Assert.DoesNotContain(" Line ", issue.Message);
        Assert.Contains("The file cannot be read as XML: ", issue.Message);
        return issue;
    }

    private static ValidationReport Timed(Func<ValidationReport> validate)
    {
        var clock = Stopwatch.StartNew();
        var report = validate();
        Assert.True(clock.Elapsed < Quickly, $"took {clock.Elapsed}");
        return report;
    }
}
