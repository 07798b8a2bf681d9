using System.Globalization;
using Avance.Iati.Reading;
using Avance.Iati.Validation;

namespace Avance.Iati.Tests.Validation;

/// <summary>The data-quality rules over activities read from the real UN Women file.</summary>
public class RealFileQualityTests
{
    private readonly IatiQualityRules _rules = new();

    [Fact]
    public void UN_Women_activities_only_have_upper_cased_codes_to_warn_about()
    {
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Data", "real", "unwomen-fao_hdx-dportal-115.xml"));
        var unWomen = IatiActivityReader.ReadAll(stream).Where(activity => activity.Identifier.StartsWith("XM-DAC-41146-", StringComparison.Ordinal)).ToList();

        var issues = unWomen.SelectMany(activity => _rules.Check(activity, "unwomen.xml", CultureInfo.GetCultureInfo("en"))).ToList();

        Assert.Equal(12, unWomen.Count);
        Assert.Equal(8, issues.Count);
        Assert.All(issues, issue => Assert.Equal(ValidationRules.CodeCase, issue.Rule));
        Assert.Equal(4, issues.Count(issue => issue.Message.EndsWith("\"EN\" is written \"en\" in the Language codelist.", StringComparison.Ordinal)));
        Assert.Equal(["XM-DAC-41146-BDI_D_4.3", "XM-DAC-41146-BDI_O_2.1", "XM-DAC-41146-RAS_O_2.2"],
            issues.Select(issue => issue.ActivityIdentifier).Distinct());
    }
}
