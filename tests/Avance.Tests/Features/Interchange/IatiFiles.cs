namespace Avance.Tests.Features.Interchange;

/// <summary>The real IATI files under Data/iati (see Data/iati/LICENCES.md), and scratch copies tests may change.</summary>
public static class IatiFiles
{
    public const string UnWomenFao = "unwomen-fao_hdx-dportal-115.xml";
    public const string DutchNgos = "nl-ngo-results_hdx-dportal-31.xml";
    public const string Undp = "undp_hdx-fixture-dportal-0.xml";
    public const string FoodSecurity = "foodsecurity-multi_hdx-fixture-dportal.xml";

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Data", "iati", name);

    /// <summary>A new file in a scratch folder with the given content; the caller deletes it.</summary>
    public static string Scratch(string content, string name = "activities.xml") => Scratch(System.Text.Encoding.UTF8.GetBytes(content), name);

    public static string Scratch(byte[] content, string name = "activities.xml")
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "avance-iati-tests", Guid.NewGuid().ToString("N")[..12])).FullName;
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }
}
