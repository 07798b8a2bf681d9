using System.Text.Json;
using Avance.Data;
using Avance.Domain;
using Avance.Features.Frameworks;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Authoring;

/// <summary>
/// The global indicators a plan indicator can be linked to. SDG indicators are the framework's own codes with their
/// titles (Data/Reference/sdg-indicators.json); the Secretary-General's indicators for resolution 1325 are numbered 1
/// to 26. A global indicator is stored the first time an indicator is linked to it.
/// </summary>
public static class GlobalIndicatorCatalogue
{
    public const int Resolution1325Count = 26;
    private const string SdgResource = "Avance.Data.Reference.sdg-indicators.json";

    private static readonly Lazy<IReadOnlyDictionary<string, Dictionary<string, string>>> SdgTitles = new(() =>
    {
        using var stream = typeof(GlobalIndicatorCatalogue).Assembly.GetManifestResourceStream(SdgResource)
            ?? throw new InvalidOperationException($"{SdgResource} is not embedded.");
        return JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(stream)!;
    });

    public static bool Exists(GlobalFramework framework, string code) =>
        framework == GlobalFramework.Sdg
            ? SdgTitles.Value.ContainsKey(code)
            : int.TryParse(code, System.Globalization.NumberStyles.None, null, out var number) && number is >= 1 and <= Resolution1325Count
              && code == number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The stored global indicators for the codes, adding those not stored yet; every code must <see cref="Exists"/>.</summary>
    public static async Task<List<GlobalIndicator>> FindOrAddAsync(AvanceDb db, GlobalFramework framework, IEnumerable<string> codes,
        CancellationToken cancellationToken)
    {
        var wanted = codes.Distinct().ToList();
        var stored = await db.GlobalIndicators.AsTracking().Where(g => g.Framework == framework && wanted.Contains(g.Code)).ToListAsync(cancellationToken);
        foreach (var code in wanted.Where(c => stored.All(g => g.Code != c)))
        {
            var added = new GlobalIndicator { Framework = framework, Code = code, Title = Title(framework, code) };
            db.GlobalIndicators.Add(added);
            stored.Add(added);
        }
        return stored;
    }

    private static LocalizedText Title(GlobalFramework framework, string code)
    {
        if (framework == GlobalFramework.Resolution1325)
            return LocalizedText.Of($"Global indicator {code} on resolution 1325", $"Indicador mundial {code} de la resolución 1325");
        var titles = SdgTitles.Value[code];
        return LocalizedText.Of(titles["en"], titles["es"]);
    }
}
