using Avance.Features.Indicators;

namespace Avance.Features.Reporting.Entry.Rules;

/// <summary>
/// The categories of each disaggregation dimension. Sex, age group and state have a closed list, so a value for a
/// category outside it is refused and "all categories given" has a meaning; institutions and municipalities are named
/// by whoever reports them.
/// </summary>
public static class Categories
{
    public const string Female = "female";
    public const string Male = "male";
    public const string Other = "other";
    public const int MaxOpenCategoryLength = 100;

    public static readonly IReadOnlyList<string> Sexes = [Female, Male, Other];

    /// <summary>
    /// Age bands: under 12 (children), 12–17 (adolescents), 18–29 (youth, as resolution 2250 on youth, peace and
    /// security defines it), 30–59, and 60 and over (older persons, as the UN counts them).
    /// </summary>
    public static readonly IReadOnlyList<string> AgeGroups = ["0-11", "12-17", "18-29", "30-59", "60+"];

    public static bool IsOpen(DisaggregationDimension dimension) =>
        dimension is DisaggregationDimension.Institution or DisaggregationDimension.Municipality;

    /// <summary>The closed list of a dimension; empty for open ones. States are the plan country's administrative areas by code.</summary>
    public static IReadOnlyList<string> Closed(DisaggregationDimension dimension, IReadOnlyList<string> stateCodes) => dimension switch
    {
        DisaggregationDimension.Sex => Sexes,
        DisaggregationDimension.AgeGroup => AgeGroups,
        DisaggregationDimension.State => stateCodes,
        _ => [],
    };

    /// <summary>
    /// The categories that must all be given before the parts must add up to the total. "Other" sex is reported where it
    /// applies, so women and men alone already make a complete split (and "other" counts when it is given).
    /// </summary>
    public static IReadOnlyList<string> RequiredForCompleteSplit(DisaggregationDimension dimension, IReadOnlyList<string> stateCodes) =>
        dimension == DisaggregationDimension.Sex ? [Female, Male] : Closed(dimension, stateCodes);

    /// <summary>The category as Avance stores it (closed lists match whatever the case), or null when the list does not have it.</summary>
    public static string? Canonical(DisaggregationDimension dimension, string category, IReadOnlyList<string> stateCodes)
    {
        if (IsOpen(dimension)) return category;
        return Closed(dimension, stateCodes).FirstOrDefault(c => string.Equals(c, category, StringComparison.OrdinalIgnoreCase));
    }
}
