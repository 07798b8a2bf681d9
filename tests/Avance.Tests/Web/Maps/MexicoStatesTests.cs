using Avance.Web.Maps;

namespace Avance.Tests.Web.Maps;

public sealed class MexicoStatesTests
{
    [Fact]
    public void Shapes_AreThe32StatesWithInegiCodesAndNames()
    {
        var shapes = MexicoStates.Shapes;

        Assert.Equal(Enumerable.Range(1, 32).Select(n => n.ToString("00")), shapes.Select(s => s.Code).Order());
        Assert.Equal("Ciudad de México", shapes.Single(s => s.Code == "09").Name);
        Assert.Equal("Yucatán", shapes.Single(s => s.Code == "31").Name);
        Assert.All(shapes, s => Assert.NotEmpty(s.Rings));
    }

    [Fact]
    public void Shapes_LieWithinMexicosBounds_WithClosedRings()
    {
        var points = MexicoStates.Shapes.SelectMany(s => s.Rings).SelectMany(r => r).ToList();

        Assert.All(points, p => Assert.InRange(p.Longitude, -118.5, -86.5));
        Assert.All(points, p => Assert.InRange(p.Latitude, 14.4, 32.8));
        Assert.All(MexicoStates.Shapes.SelectMany(s => s.Rings), ring => Assert.Equal(ring[0], ring[^1]));
    }

    [Fact]
    public void Shapes_KeepRelativeSizes_ChihuahuaLargestAndMexicoCitySmallest()
    {
        var areas = MexicoStates.Shapes.ToDictionary(s => s.Code, s => s.Rings.Sum(r => Math.Abs(SignedArea(r))));

        Assert.Equal("08", areas.MaxBy(a => a.Value).Key);
        Assert.Equal("09", areas.MinBy(a => a.Value).Key);
    }

    [Fact]
    public void EmbeddedShapeFile_IsSmallEnoughToServeInPages()
    {
        using var stream = typeof(MexicoStates).Assembly.GetManifestResourceStream("Avance.Data.Reference.mexico-states.json");

        Assert.NotNull(stream);
        Assert.InRange(stream.Length, 10_000, 150_000);
    }

    [Fact]
    public void Map_IsWiderThanTall_AndEveryStateHasAPath()
    {
        var map = MexicoStates.Map;

        Assert.True(map.Width > map.Height);
        Assert.Equal(32, map.Regions.Count);
        Assert.All(map.Regions, r => Assert.Matches(@"^(M\d+ \d+l[-\d ]+z)+$", r.PathData));
    }

    private static double SignedArea(IReadOnlyList<GeoPoint> ring) =>
        ring.Zip(ring.Skip(1), (a, b) => a.Longitude * b.Latitude - b.Longitude * a.Latitude).Sum() / 2;
}
