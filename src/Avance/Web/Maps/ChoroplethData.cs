namespace Avance.Web.Maps;

/// <summary>
/// What a choropleth shows: a value per region code (regions without one are drawn as "no data") and the words around
/// it, already in the page's language. Id must be unique in the page: the title, description and hatching are
/// referenced through it.
/// </summary>
public sealed record ChoroplethData(
    string Id,
    string Title,
    string Description,
    IReadOnlyDictionary<string, decimal> Values,
    Func<decimal, string> FormatValue,
    string LegendTitle,
    string NoDataLabel);
