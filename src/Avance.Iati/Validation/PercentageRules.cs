using Avance.Iati.Codes;

namespace Avance.Iati.Validation;

/// <summary>
/// Shares that must add up to 100: sectors within each vocabulary, and recipient countries together with regions of
/// the default (OECD DAC) region vocabulary. A single item may leave its percentage out, meaning all of it.
/// </summary>
internal static class PercentageRules
{
    /// <summary>Allowed distance from 100, so that three thirds published as 33.33 still count as whole.</summary>
    private const decimal Tolerance = 0.01m;

    public static void Check(QualityContext context)
    {
        var activity = context.Activity;
        foreach (var vocabulary in activity.Sectors.GroupBy(sector => sector.Vocabulary ?? VocabularyCodelists.DefaultVocabulary))
        {
            if (Sum(vocabulary.Select(sector => sector.Percentage).ToList()) is { } sum)
            {
                context.Report(ValidationRules.SectorPercentages, "MessageSectorPercentages", IatiXml.Element.Sector,
                    vocabulary.Key, sum);
            }
        }

        var recipientShares = activity.RecipientCountries.Select(country => country.Percentage)
            .Concat(activity.RecipientRegions
                .Where(region => (region.Vocabulary ?? VocabularyCodelists.DefaultVocabulary) == VocabularyCodelists.DefaultVocabulary)
                .Select(region => region.Percentage))
            .ToList();
        if (Sum(recipientShares) is { } recipientSum)
        {
            context.Report(ValidationRules.RecipientPercentages, "MessageRecipientPercentages",
                IatiXml.Element.RecipientCountry, recipientSum);
        }
    }

    /// <summary>The sum of the shares when it is wrong; null when the shares are fine. A missing share counts as 0.</summary>
    private static decimal? Sum(IReadOnlyList<decimal?> shares)
    {
        if (shares.Count == 0 || (shares.Count == 1 && shares[0] is null))
        {
            return null;
        }
        var sum = shares.Sum(share => share ?? 0m);
        return Math.Abs(sum - 100m) <= Tolerance ? null : sum;
    }
}
