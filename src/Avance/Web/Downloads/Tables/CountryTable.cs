using Avance.Data;
using Avance.Features.Countries;

namespace Avance.Web.Downloads.Tables;

/// <summary>A table of one country, downloadable next to the page that shows it and part of the country's data package.</summary>
internal sealed record CountryTable(string Pattern, IDownloadTable Table)
{
    /// <summary>The country page's address; every country table's pattern starts with it.</summary>
    public const string CountryPath = $"/{{lang:{Languages.RouteConstraint}}}/countries/{{iso2:alpha:length(2)}}";

    /// <summary>
    /// Rows of the country the address names, from a query that returns a list; null for a country Avance does not
    /// hold. The list is read whole before the first row is written: a query that streams from the database
    /// (AsAsyncEnumerable) can be passed on without the list once it exists.
    /// </summary>
    public static Func<HttpContext, AvanceDb, CancellationToken, Task<IAsyncEnumerable<TRow>?>> Listed<TRow>(
        Func<AvanceDb, string, string, CancellationToken, Task<List<TRow>>> query) =>
        async (context, db, cancellationToken) =>
            context.GetRouteValue("iso2") is string iso2 && await CountryQueries.Exists(db, iso2, cancellationToken)
                ? (await query(db, iso2, Languages.Current, cancellationToken)).ToAsyncEnumerable()
                : null;
}
