using System.Globalization;
using Avance.Web;

namespace Avance.Features.Indicators;

/// <summary>
/// Categories as readers know them: "female" reads "Women" / "Mujeres", a state code its state's name. Categories
/// Avance has no name for are shown as reported.
/// </summary>
internal sealed class DisaggregationLabels(IReadOnlyDictionary<string, string> stateNames, string language)
{
    private static readonly Dictionary<string, string> SexKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["female"] = "Indicators_Sex_Female", ["women"] = "Indicators_Sex_Female", ["f"] = "Indicators_Sex_Female",
        ["male"] = "Indicators_Sex_Male", ["men"] = "Indicators_Sex_Male", ["m"] = "Indicators_Sex_Male",
    };

    public string Label(DisaggregationDimension dimension, string category) => dimension switch
    {
        DisaggregationDimension.Sex when SexKeys.TryGetValue(category, out var key) => UiText.Get(key, CultureInfo.GetCultureInfo(language)),
        DisaggregationDimension.State when stateNames.TryGetValue(category, out var name) => name,
        _ => category,
    };
}
