using Avance.Data;

namespace Avance.Web.Downloads;

/// <summary>
/// What a table is asked for: the address's route values (country, plan, outcome …) and its query string (filters).
/// The data package asks every table with an empty query, so its files always hold whole tables.
/// </summary>
public sealed record DownloadRequest(HttpContext Context, AvanceDb Db, IQueryCollection Query, CancellationToken CancellationToken)
{
    public string Language => Languages.Current;

    public string Iso2 => Route("iso2");

    /// <summary>A value of the address, e.g. "code" for a plan's code; empty when the address has none.</summary>
    public string Route(string name) => Context.GetRouteValue(name) as string ?? "";

    /// <summary>A query-string value; null when not given.</summary>
    public string? Filter(string name) => Query.TryGetValue(name, out var value) ? value.ToString() : null;

    /// <summary>An interface text in the language of the address, for explaining a bad filter.</summary>
    public string Text(string key, params object[] arguments) => new UiText()[key, arguments];
}
