using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Avance.Web.Maps;

namespace Avance.Tests.Web.Maps;

public sealed class ChoroplethTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Render_DrawsOnePathPerState_EachWithItsCodeAndName()
    {
        var map = Render(new Dictionary<string, decimal>());

        var paths = States(map);
        Assert.Equal(32, paths.Count);
        Assert.Equal(Enumerable.Range(1, 32).Select(n => n.ToString("00")), paths.Select(p => (string)p.Attribute("data-state")!).Order());
        Assert.Contains(paths, p => p.Element(Svg + "title")!.Value == "Yucatán: no data");
    }

    [Fact]
    public void Render_StatesWithValues_CarryTheirValueAndAClassColour_OthersAreHatched()
    {
        var map = Render(new Dictionary<string, decimal> { ["08"] = 217m, ["31"] = 40m, ["09"] = 80m });

        var paths = States(map);
        var valued = paths.Where(p => p.Attribute("data-value") is not null).ToList();
        Assert.Equal(["08", "09", "31"], valued.Select(p => (string)p.Attribute("data-state")!).Order());
        Assert.Equal("217", (string)paths.Single(p => (string)p.Attribute("data-state")! == "08").Attribute("data-value")!);
        Assert.All(valued, p => Assert.Contains((string)p.Attribute("fill")!, ValueClasses.Ramp));
        Assert.Equal(29, paths.Count(p => (string)p.Attribute("fill")! == "url(#test-map-no-data)"));
        Assert.NotNull(map.Descendants(Svg + "pattern").SingleOrDefault(p => (string)p.Attribute("id")! == "test-map-no-data"));
    }

    [Fact]
    public void Render_HigherValues_GetDarkerClasses()
    {
        var map = Render(new Dictionary<string, decimal> { ["01"] = 1m, ["02"] = 10m, ["03"] = 100m });

        var classes = States(map).Where(p => p.Attribute("data-class") is not null)
            .ToDictionary(p => (string)p.Attribute("data-state")!, p => (int)p.Attribute("data-class")!);
        Assert.True(classes["01"] < classes["02"] && classes["02"] < classes["03"]);
    }

    [Fact]
    public void Render_Legend_ListsClassBoundsAndNoData()
    {
        var values = Enumerable.Range(1, 10).ToDictionary(n => n.ToString("00"), n => (decimal)n * 10);

        var legend = Legend(Render(values));

        Assert.Equal(["10 – 20", "30 – 40", "50 – 60", "70 – 80", "90 – 100", "no data"], legend);
    }

    [Fact]
    public void Render_EveryStateWithAValue_HasNoNoDataEntry()
    {
        var values = Enumerable.Range(1, 32).ToDictionary(n => n.ToString("00"), _ => 1m);

        Assert.Equal(["1"], Legend(Render(values)));
    }

    [Fact]
    public void Render_IsAnAccessibleImageWithTitleAndDescription_AndNoScript()
    {
        var html = Html(new Dictionary<string, decimal> { ["14"] = 5m });

        var svg = XElement.Parse(html).Element(Svg + "svg")!;
        Assert.Equal("img", (string)svg.Attribute("role")!);
        Assert.Equal("test-map-title test-map-desc", (string)svg.Attribute("aria-labelledby")!);
        Assert.Equal("Networks by state", svg.Element(Svg + "title")!.Value);
        Assert.Equal("A test map.", svg.Element(Svg + "desc")!.Value);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Matches(@"^0 0 \d+ \d+$", (string)svg.Attribute("viewBox")!);
    }

    [Fact]
    public void Render_InSpanish_WritesDataValuesInvariantAndLabelsInTheGivenFormat()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("es");
        try
        {
            var map = Render(new Dictionary<string, decimal> { ["05"] = 1234.5m });

            var coahuila = States(map).Single(p => (string)p.Attribute("data-state")! == "05");
            Assert.Equal("1234.5", (string)coahuila.Attribute("data-value")!);
            Assert.Equal("Coahuila: 1.234,50", coahuila.Element(Svg + "title")!.Value);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Render_PathsStayInsideTheViewBox()
    {
        var map = MexicoStates.Map;

        foreach (var region in map.Regions)
            foreach (var (x, y) in Points(region.PathData))
            {
                Assert.InRange(x, 0, map.Width);
                Assert.InRange(y, 0, map.Height);
            }
    }

    [Fact]
    public void Render_EncodesNamesAndLabels()
    {
        var data = Data(new Dictionary<string, decimal>()) with { NoDataLabel = "<none> & \"nothing\"" };

        var html = Choropleth.Render(MexicoStates.Map, data).ToString()!;

        Assert.DoesNotContain("<none>", html);
        Assert.Contains("Yucatán: &lt;none&gt; &amp; &quot;nothing&quot;", html);
    }

    private static ChoroplethData Data(IReadOnlyDictionary<string, decimal> values) => new(
        "test-map", "Networks by state", "A test map.", values,
        value => value.ToString(value == decimal.Truncate(value) ? "N0" : "N2", CultureInfo.CurrentCulture),
        "Networks", "no data");

    private static string Html(IReadOnlyDictionary<string, decimal> values) => Choropleth.Render(MexicoStates.Map, Data(values)).ToString()!;

    private static XElement Render(IReadOnlyDictionary<string, decimal> values) => XElement.Parse(Html(values));

    private static List<XElement> States(XElement map) => [.. map.Descendants(Svg + "path").Where(p => p.Attribute("data-state") is not null)];

    private static List<string> Legend(XElement map) =>
        [.. map.Descendants("li").Select(li => li.Element("span")!.Value)];

    private static IEnumerable<(int X, int Y)> Points(string path)
    {
        foreach (Match ring in Regex.Matches(path, @"M(\d+) (\d+)l([^z]*)z"))
        {
            var x = int.Parse(ring.Groups[1].Value, CultureInfo.InvariantCulture);
            var y = int.Parse(ring.Groups[2].Value, CultureInfo.InvariantCulture);
            yield return (x, y);
            var steps = Regex.Matches(ring.Groups[3].Value, @"-?\d+").Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
            for (var i = 0; i + 1 < steps.Count; i += 2)
            {
                x += steps[i];
                y += steps[i + 1];
                yield return (x, y);
            }
        }
    }
}
