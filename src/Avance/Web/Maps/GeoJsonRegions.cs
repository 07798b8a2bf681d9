using System.Text.Json;

namespace Avance.Web.Maps;

/// <summary>
/// Reads region shapes from a GeoJSON feature collection whose features carry <c>properties.code</c> and
/// <c>properties.name</c> and a Polygon or MultiPolygon geometry.
/// </summary>
public static class GeoJsonRegions
{
    public static IReadOnlyList<RegionShape> Read(Stream json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("features").EnumerateArray().Select(Region)];
    }

    private static RegionShape Region(JsonElement feature)
    {
        var properties = feature.GetProperty("properties");
        var geometry = feature.GetProperty("geometry");
        var coordinates = geometry.GetProperty("coordinates");
        var polygons = geometry.GetProperty("type").GetString() switch
        {
            "Polygon" => [coordinates],
            "MultiPolygon" => coordinates.EnumerateArray().ToList(),
            var other => throw new InvalidDataException($"Unsupported geometry type '{other}'."),
        };
        var rings = polygons.SelectMany(polygon => polygon.EnumerateArray()).Select(Ring).ToList();
        return new RegionShape(properties.GetProperty("code").GetString()!, properties.GetProperty("name").GetString()!, rings);
    }

    private static IReadOnlyList<GeoPoint> Ring(JsonElement ring) =>
        [.. ring.EnumerateArray().Select(point => new GeoPoint(point[0].GetDouble(), point[1].GetDouble()))];
}
