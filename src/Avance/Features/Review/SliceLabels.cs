using Avance.Data;
using Avance.Features.Indicators;
using Avance.Features.Reporting;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Review;

/// <summary>A value's disaggregation slice as readers know it, with the names of the plan's country's states.</summary>
internal static class SliceLabels
{
    public static async Task<DisaggregationLabels> ForPlanAsync(AvanceDb db, int planId, string language, CancellationToken cancellationToken)
    {
        var states = await db.AdministrativeAreas
            .Where(a => db.Plans.Any(p => p.Id == planId && p.CountryId == a.CountryId))
            .ToDictionaryAsync(a => a.Code, a => a.Name, cancellationToken);
        return new DisaggregationLabels(states, language);
    }

    public static IReadOnlyList<DisaggregationPartRow> Parts(DisaggregationKey key, DisaggregationLabels labels) =>
        [.. key.Parts.Select(p => new DisaggregationPartRow(p.Key, p.Value, labels.Label(p.Key, p.Value)))];
}
