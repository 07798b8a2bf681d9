using Avance.Iati.Model;
using Avance.Iati.Reading;

namespace Avance.Iati.Tests.Reading;

/// <summary>The four real d-portal files copied under Data/real (see Data/LICENCES.md).</summary>
internal static class RealFiles
{
    public const string UnWomenFao = "unwomen-fao_hdx-dportal-115.xml";
    public const string DutchNgos = "nl-ngo-results_hdx-dportal-31.xml";
    public const string Undp = "undp_hdx-fixture-dportal-0.xml";
    public const string FoodSecurity = "foodsecurity-multi_hdx-fixture-dportal.xml";

    public static TheoryData<string> All => [UnWomenFao, DutchNgos, Undp, FoodSecurity];

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Data", "real", name);

    public static List<IatiActivity> ReadAll(string name)
    {
        using var stream = File.OpenRead(PathOf(name));
        return IatiActivityReader.ReadAll(stream).ToList();
    }
}
