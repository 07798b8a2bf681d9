namespace Avance.Web.Maps;

/// <summary>A point on the globe in degrees (WGS84).</summary>
public readonly record struct GeoPoint(double Longitude, double Latitude);

/// <summary>A region a map can draw: its code, its name and its outline as closed rings (outer rings and holes alike).</summary>
public sealed record RegionShape(string Code, string Name, IReadOnlyList<IReadOnlyList<GeoPoint>> Rings);
