using Microsoft.EntityFrameworkCore;

namespace Avance.Data.Demo;

/// <summary>Mexico's demo data, written by hand from the five seed documents; every figure names its seed as source.</summary>
public static class MexicoDemoData
{
    /// <summary>
    /// Adds Mexico's demo data to an empty database and saves it. Saves several times, because many foreign keys
    /// are plain ints without navigations: the principal is saved first and its Id used afterwards.
    /// </summary>
    public static async Task LoadAsync(AvanceDb db, CancellationToken cancellationToken)
    {
        // Loading twice would fail on unique indexes half-way through; say so up front instead.
        if (await db.Countries.AnyAsync(c => c.Iso2 == "MX", cancellationToken))
            throw new InvalidOperationException("Mexico is already in the database; the demo data loads into an empty one.");

        var sources = await DemoSources.AddAsync(db, cancellationToken);
        var mexico = await MexicoCountryData.AddAsync(db, sources, cancellationToken);
        var organisations = await MexicoOrganisations.AddAsync(db, mexico.Id, cancellationToken);
        await MexicoPlanData.AddAsync(db, mexico.Id, organisations, sources, cancellationToken);
        var justice = await MexicoResultsData.AddAsync(db, mexico.Id, organisations, sources, cancellationToken);
        await MexicoFundingData.AddAsync(db, justice.Id, organisations, sources, cancellationToken);
        await MucpazData.AddAsync(db, mexico, organisations, sources, cancellationToken);
        await MexicoMeasurementsData.AddAsync(db, organisations, sources, cancellationToken);
        await MexicoPlanPublication.AddAsync(db, cancellationToken);
        await MexicoWorkflowData.AddAsync(db, organisations, cancellationToken);
        await MexicoAssessmentsData.AddAsync(db, organisations, cancellationToken);
    }
}
