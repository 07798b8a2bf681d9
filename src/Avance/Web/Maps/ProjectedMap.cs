using System.Globalization;
using System.Text;

namespace Avance.Web.Maps;

/// <summary>A region as SVG path data, in the user units of its map's viewBox.</summary>
public sealed record ProjectedRegion(string Code, string Name, string PathData);

/// <summary>
/// Regions projected into SVG user units. The projection is equirectangular with longitudes scaled by the cosine of
/// the middle latitude: over a country spanning less than twenty degrees of latitude it keeps shapes close to what
/// readers know, and it needs no library.
/// </summary>
public sealed record ProjectedMap(int Width, int Height, IReadOnlyList<ProjectedRegion> Regions)
{
    public const int DefaultWidth = 2000;
    private const int Margin = 10;

    public static ProjectedMap Of(IReadOnlyList<RegionShape> shapes, int width = DefaultWidth)
    {
        var points = shapes.SelectMany(s => s.Rings).SelectMany(r => r).ToList();
        var west = points.Min(p => p.Longitude);
        var east = points.Max(p => p.Longitude);
        var south = points.Min(p => p.Latitude);
        var north = points.Max(p => p.Latitude);
        var shrink = Math.Cos((south + north) / 2 * Math.PI / 180);
        var scale = (width - 2 * Margin) / ((east - west) * shrink);
        var height = (int)Math.Ceiling((north - south) * scale) + 2 * Margin;

        (int X, int Y) Project(GeoPoint p) => (
            (int)Math.Round(Margin + (p.Longitude - west) * shrink * scale),
            (int)Math.Round(Margin + (north - p.Latitude) * scale));

        return new ProjectedMap(width, height, [.. shapes.Select(s => new ProjectedRegion(s.Code, s.Name, PathData(s.Rings, Project)))]);
    }

    // Whole units and relative steps keep the markup small; rounding each point before taking the steps keeps the
    // border two regions share identical in both, so no gap opens between neighbours.
    private static string PathData(IEnumerable<IReadOnlyList<GeoPoint>> rings, Func<GeoPoint, (int X, int Y)> project)
    {
        var path = new StringBuilder();
        foreach (var ring in rings)
        {
            var points = new List<(int X, int Y)>();
            foreach (var point in ring.Select(project))
                if (points.Count == 0 || points[^1] != point) points.Add(point);
            if (points.Count > 1 && points[0] == points[^1]) points.RemoveAt(points.Count - 1);
            if (points.Count < 3) continue;

            path.Append('M').Append(Invariant(points[0].X)).Append(' ').Append(Invariant(points[0].Y)).Append('l');
            for (var i = 1; i < points.Count; i++)
            {
                AppendStep(path, points[i].X - points[i - 1].X, separate: i > 1);
                AppendStep(path, points[i].Y - points[i - 1].Y, separate: true);
            }
            path.Append('z');
        }
        return path.ToString();
    }

    private static void AppendStep(StringBuilder path, int step, bool separate)
    {
        if (separate && step >= 0) path.Append(' ');
        path.Append(Invariant(step));
    }

    private static string Invariant(int number) => number.ToString(CultureInfo.InvariantCulture);
}
