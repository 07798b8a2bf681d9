using System.Text;
using System.Globalization;
using Avance.Iati.Validation;

namespace Avance.Iati.Tests.Validation;

public class SchemaValidatorTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es");
    private readonly IatiSchemaValidator _validator = new();

    [Fact]
    public void A_valid_file_has_no_issues()
    {
        var report = Validate(XmlInput.File(XmlInput.Activity("XM-DAC-41146-MEX_D_1.1"), XmlInput.Activity("XM-DAC-41146-MEX_D_1.2")));

        Assert.Empty(report.Issues);
        Assert.True(report.IsValid);
        Assert.Equal("0 errors, 0 warnings", report.Summary(English));
    }

    [Fact]
    public void Issues_name_the_file_position_location_and_activity()
    {
        var broken = """<budget-item code="5" vocabulary="1"/>""";
        var xml = XmlInput.File(XmlInput.Activity("A-1"), XmlInput.Activity("A-2"),
            XmlInput.Activity("A-3", $"<country-budget-items vocabulary=\"1\"><budget-item code=\"1\"/>{broken}</country-budget-items>"));

        var issue = Assert.Single(Validate(xml, "three.xml").Issues);

        Assert.Equal(ValidationRules.SchemaViolation, issue.Rule);
        Assert.Equal(ValidationSeverity.Error, issue.Severity);
        Assert.Equal("three.xml", issue.FileName);
        Assert.Equal("iati-activity[3]/country-budget-items/budget-item[2]", issue.Location);
        Assert.Equal("A-3", issue.ActivityIdentifier);
        var line = xml.Split('\n').ToList().FindIndex(text => text.Contains(broken)) + 1;
        Assert.Equal(line, issue.Line);
        Assert.StartsWith($"{line}:{issue.Column} ", issue.Message);
        Assert.EndsWith("The 'vocabulary' attribute is not allowed.", issue.Message);
        Assert.Equal("IATI 2.03 schema", issue.Title);
    }

    [Fact]
    public void Each_activity_is_announced_once_its_issues_are_all_in_the_report()
    {
        var xml = XmlInput.File(XmlInput.Activity("A-1"),
            XmlInput.Activity("A-2", "<result type=\"1\"><title><narrative>Result</narrative></title></result>"),
            "<iati-activity/>");
        var report = new ValidationReportBuilder();
        var announced = new List<(int Activities, int Issues)>();

        _validator.Validate(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "three.xml", report, English,
            activities => announced.Add((activities, report.Kept.Count)));

        Assert.Equal([(1, 0), (2, 1), (3, 2)], announced);
        Assert.Equal("iati-activity[2]/result", report.Kept[0].Location);
        Assert.Equal("iati-activity[3]", report.Kept[1].Location);
    }

    [Fact]
    public void Missing_required_content_is_reported_at_the_element_that_lacks_it()
    {
        var xml = XmlInput.File(XmlInput.Activity("A-1", "<result type=\"1\"><title><narrative>Result</narrative></title></result>"));

        var issue = Assert.Single(Validate(xml).Issues);

        Assert.Equal("iati-activity/result", issue.Location);
        Assert.Contains("indicator", issue.Message);
    }

    [Fact]
    public void Rule_titles_are_localised_while_schema_details_keep_their_position()
    {
        var xml = XmlInput.File(XmlInput.Activity("A-1", "<sector code=\"15170\" percentage=\"many\"/>"));

        var english = Assert.Single(Validate(xml, culture: English).Issues);
        var spanish = Assert.Single(Validate(xml, culture: Spanish).Issues);

        Assert.Equal("IATI 2.03 schema", english.Title);
        Assert.Equal("Esquema IATI 2.03", spanish.Title);
        Assert.Equal(english.Message, spanish.Message);
        Assert.StartsWith("Esquema IATI 2.03: ", spanish.ToString());
    }

    [Fact]
    public void Organisation_files_are_validated_against_the_organisation_schema()
    {
        var xml = """
            <iati-organisations version="2.03">
              <iati-organisation last-updated-datetime="2024-01-01T00:00:00Z">
                <organisation-identifier>XM-DAC-41146</organisation-identifier>
                <name><narrative>UN Women</narrative></name>
                <reporting-org ref="XM-DAC-41146" type="40"><narrative>UN Women</narrative></reporting-org>
              </iati-organisation>
            </iati-organisations>
            """;

        Assert.Empty(Validate(xml).Issues);
        Assert.NotEmpty(Validate(xml.Replace("<name>", "<title>").Replace("</name>", "</title>")).Errors);
    }

    [Fact]
    public void A_root_other_than_the_IATI_roots_is_an_error_even_when_the_schema_declares_it()
    {
        var report = Validate(XmlInput.Activity("A-1"));

        var issue = Assert.Single(report.Issues);
        Assert.Equal(ValidationRules.NotAnIatiFile, issue.Rule);
        Assert.Equal(1, issue.Line);
        Assert.Contains("<iati-activity>", issue.Message);
        Assert.Equal("No es un archivo IATI", Validate(XmlInput.Activity("A-1"), culture: Spanish).Issues[0].Title);
    }

    [Fact]
    public void Extension_elements_and_attributes_in_other_namespaces_are_allowed()
    {
        var xml = XmlInput.File(XmlInput.Activity("A-1", """<ext:note xmlns:ext="http://example.org/ext" ext:kind="x"><ext:deep/></ext:note>"""));

        Assert.Empty(Validate(xml).Issues);
    }

    [Fact]
    public void The_number_of_issues_listed_is_capped_but_all_are_counted()
    {
        var badSectors = string.Concat(Enumerable.Repeat("<sector code=\"1\" percentage=\"x\"/>", 1500));
        var report = Validate(XmlInput.File(XmlInput.Activity("A-1", badSectors)));

        Assert.Equal(ValidationReportBuilder.DefaultMaxIssues, report.Issues.Count);
        Assert.Equal(1500, report.ErrorCount);
        Assert.Equal(500, report.OmittedCount);
        Assert.Equal("1500 errors, 0 warnings, and 500 more not listed", report.Summary(English));
        Assert.Equal("1500 errores, 0 advertencias, y 500 más sin listar", report.Summary(Spanish));
    }

    [Fact]
    public void Schema_and_quality_issues_can_share_one_report()
    {
        var report = new ValidationReportBuilder(maxIssues: 2);
        _validator.Validate(XmlInput.Stream(XmlInput.File(XmlInput.Activity("A-1", "<sector code=\"1\" percentage=\"x\"/>"))), "f.xml", report, English);
        _validator.Validate(XmlInput.Stream("not xml"), "g.xml", report, English);
        _validator.Validate(XmlInput.Stream("still not xml"), "h.xml", report, English);

        var built = report.Build();
        Assert.Equal(["f.xml", "g.xml"], built.Issues.Select(issue => issue.FileName));
        Assert.Equal(3, built.ErrorCount);
        Assert.Equal(1, built.OmittedCount);
    }

    [Fact]
    public void One_validator_gives_the_same_results_on_many_threads()
    {
        var files = SchemaTestSuite.Files("should-fail").Take(40).ToList();
        string Describe(string file)
        {
            using var stream = File.OpenRead(Path.Combine(SchemaTestSuite.Root, file));
            return string.Join("\n", _validator.Validate(stream, file, English).Issues);
        }
        var sequential = files.Select(Describe).ToList();

        var parallel = new string[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = Describe(files[i]));

        Assert.Equal(sequential, parallel);
        Assert.All(sequential, issues => Assert.NotEmpty(issues));
    }

    private ValidationReport Validate(string xml, string fileName = "test.xml", CultureInfo? culture = null) =>
        _validator.Validate(XmlInput.Stream(xml), fileName, culture ?? English);
}
