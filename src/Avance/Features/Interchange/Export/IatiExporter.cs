using Avance.Data;
using Avance.Features.Countries;
using Avance.Iati.Model;
using Avance.Iati.Writing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Avance.Features.Interchange.Export;

/// <summary>
/// A country's results as an IATI 2.03 activity file, streamed: its national action plans with their published values,
/// then the outcomes of its results frameworks with their indicators, budgets, funding and SDG allocations.
/// </summary>
public sealed class IatiExporter(AvanceDb db, IOptions<IatiExportOptions> options, TimeProvider clock)
{
    public Task<bool> HasCountryAsync(string iso2, CancellationToken cancellationToken) => CountryQueries.Exists(db, iso2, cancellationToken);

    public async Task<int> WriteAsync(Stream output, string iso2, CancellationToken cancellationToken)
    {
        var code = iso2.ToUpperInvariant();
        var country = await db.Countries.FirstAsync(c => c.Iso2 == code, cancellationToken);
        var written = 0;
        async IAsyncEnumerable<IatiActivity> Counted()
        {
            await foreach (var activity in Activities(country, cancellationToken))
            {
                written++;
                yield return activity;
            }
        }
        await IatiActivityWriter.WriteAsync(output, new IatiActivitiesFile("2.03", clock.GetUtcNow()), Counted(), cancellationToken);
        return written;
    }

    private async IAsyncEnumerable<IatiActivity> Activities(Country country, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var plan in new PlanActivities(db, options.Value).ForCountryAsync(country, cancellationToken)) yield return plan;
        await foreach (var outcome in new OutcomeActivities(db, options.Value, clock).ForCountryAsync(country, cancellationToken)) yield return outcome;
    }
}
