using System.Globalization;
using Avance.Iati.Validation;

namespace Avance.Iati.Tests.Validation;

/// <summary>The real publisher files of Data/real against the 2.03 schema.</summary>
public class RealFileValidationTests
{
    private readonly IatiSchemaValidator _validator = new();

    [Theory]
    [InlineData("nl-ngo-results_hdx-dportal-31.xml")]
    [InlineData("undp_hdx-fixture-dportal-0.xml")]
    [InlineData("foodsecurity-multi_hdx-fixture-dportal.xml")]
    public void Valid_real_files_have_no_issues(string file) =>
        Assert.Empty(Validate(file).Issues);

    [Fact]
    public void The_UN_Women_file_breaks_the_schema_exactly_twice_with_budget_item_vocabulary()
    {
        var report = Validate("unwomen-fao_hdx-dportal-115.xml");

        Assert.Equal(2, report.ErrorCount);
        Assert.Equal(0, report.WarningCount);
        Assert.Equal([(112, 48), (2767, 47)], report.Issues.Select(issue => (issue.Line!.Value, issue.Column!.Value)));
        Assert.All(report.Issues, issue =>
        {
            Assert.Equal(ValidationRules.SchemaViolation, issue.Rule);
            Assert.EndsWith("country-budget-items/budget-item", issue.Location);
            Assert.EndsWith("The 'vocabulary' attribute is not allowed.", issue.Message);
            Assert.Equal("unwomen-fao_hdx-dportal-115.xml", issue.FileName);
        });
        Assert.Equal("XM-DAC-41146-BDI_D_4.3", report.Issues[0].ActivityIdentifier);
    }

    private ValidationReport Validate(string file)
    {
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Data", "real", file));
        return _validator.Validate(stream, file, CultureInfo.GetCultureInfo("en"));
    }
}
