using System.Globalization;
using Avance.Iati.Validation;

namespace Avance.Iati.Tests.Validation;

/// <summary>Every file of the IATI 2.03 schema test suite behaves as its folder says, and none is missed.</summary>
public class SchemaTestSuiteTests
{
    private static readonly IatiSchemaValidator Validator = new();

    [Theory]
    [MemberData(nameof(SchemaTestSuite.ShouldPass), MemberType = typeof(SchemaTestSuite))]
    public void Should_pass_file_validates_without_errors(string file)
    {
        var report = Validate(file);

        Assert.True(report.IsValid, string.Join(Environment.NewLine, report.Errors));
        Assert.Equal(0, report.ErrorCount);
    }

    [Theory]
    [MemberData(nameof(SchemaTestSuite.ShouldFail), MemberType = typeof(SchemaTestSuite))]
    public void Should_fail_file_is_rejected_with_a_located_error(string file)
    {
        var report = Validate(file);

        Assert.False(report.IsValid);
        Assert.Contains(report.Errors, error => error.Line > 0 && error.Column > 0 && error.Message.Length > 0);
    }

    [Theory]
    [InlineData(false, "should-pass", 215)]
    [InlineData(false, "should-fail", 323)]
    [InlineData(true, "should-pass", 18)]
    // SOURCES.md says 132; the copied suite holds 127 old-style and 3 new-style organisation should-fail files.
    [InlineData(true, "should-fail", 130)]
    public void Suite_holds_the_expected_number_of_files(bool organisation, string expectation, int count) =>
        Assert.Equal(count, SchemaTestSuite.Files(expectation).Count(file => SchemaTestSuite.IsOrganisationTest(file) == organisation));

    private static ValidationReport Validate(string file)
    {
        using var stream = File.OpenRead(Path.Combine(SchemaTestSuite.Root, file));
        return Validator.Validate(stream, file, CultureInfo.InvariantCulture);
    }
}
