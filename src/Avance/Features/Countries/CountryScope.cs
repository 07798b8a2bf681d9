using Avance.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Avance.Features.Countries;

/// <summary>For endpoints under /api/v1/countries/{iso2}: 404 for a country Avance does not hold, else the rows.</summary>
public static class CountryScope
{
    public static async Task<Results<Ok<T>, NotFound>> Rows<T>(AvanceDb db, string iso2, Func<Task<T>> rows, CancellationToken ct) =>
        await CountryQueries.Exists(db, iso2, ct) ? TypedResults.Ok(await rows()) : TypedResults.NotFound();
}
