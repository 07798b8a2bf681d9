namespace Avance.Iati.Tests.Validation;

/// <summary>
/// The IATI schema test suite copied into Data/schema-tests: old-style folders (activity-tests, organisation-tests)
/// and new-style ones (should-pass/iati-activities/..., should-fail/iati-organisations/...), each file expected to
/// pass or fail as its folder says.
/// </summary>
public static class SchemaTestSuite
{
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "Data", "schema-tests");

    /// <summary>Relative paths of every test file under folders called <paramref name="expectation"/>.</summary>
    public static IEnumerable<string> Files(string expectation) =>
        Directory.EnumerateFiles(Root, "*.xml", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Root, path).Replace('\\', '/'))
            .Where(path => path.Split('/').Contains(expectation))
            .Order(StringComparer.Ordinal);

    /// <summary>Whether the file tests the organisation schema rather than the activity schema.</summary>
    public static bool IsOrganisationTest(string relativePath) =>
        relativePath.StartsWith("organisation-tests/", StringComparison.Ordinal)
        || relativePath.Contains("/iati-organisations/", StringComparison.Ordinal);

    public static TheoryData<string> ShouldPass() => new(Files("should-pass"));

    public static TheoryData<string> ShouldFail() => new(Files("should-fail"));
}
