namespace Avance.Web.Maps;

/// <summary>The first-level subdivisions Avance can draw, by country; null where it carries no shapes.</summary>
public static class CountryMaps
{
    public static ProjectedMap? For(string iso2) => iso2.Equals("mx", StringComparison.OrdinalIgnoreCase) ? MexicoStates.Map : null;
}
