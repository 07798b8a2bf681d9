using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;

namespace Avance.Web.Maps;

/// <summary>
/// A server-rendered choropleth: one SVG path per region filled by value class, regions without a value hatched, and
/// an HTML legend with the class bounds (HTML so it stays legible however small the map is drawn). No script; the
/// SVG is an image with a title and a description, and pages put the data table beside it.
/// </summary>
public static class Choropleth
{
    private const string Outline = "#4b5360";
    private const string Hatching = "#8a919c";
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static IHtmlContent Render(ProjectedMap map, ChoroplethData data)
    {
        var codes = map.Regions.Select(r => r.Code).ToHashSet();
        var values = data.Values.Where(v => codes.Contains(v.Key)).ToDictionary(v => v.Key, v => v.Value);
        var classes = ValueClasses.For(values.Values);
        var html = new StringBuilder();
        html.Append($"<div class=\"choropleth\" id=\"{E(data.Id)}\">");
        AppendMap(html, map, data, values, classes);
        AppendLegend(html, data, classes, anyWithout: values.Count < map.Regions.Count);
        html.Append("</div>");
        return new HtmlString(html.ToString());
    }

    private static void AppendMap(StringBuilder html, ProjectedMap map, ChoroplethData data,
        Dictionary<string, decimal> values, IReadOnlyList<ValueClass> classes)
    {
        var id = E(data.Id);
        html.Append($"<svg class=\"map\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {map.Width} {map.Height}\" ")
            .Append($"role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" focusable=\"false\">")
            .Append($"<title id=\"{id}-title\">{E(data.Title)}</title><desc id=\"{id}-desc\">{E(data.Description)}</desc>")
            .Append("<defs>").Append(HatchPattern($"{id}-no-data", size: 18)).Append("</defs>")
            .Append($"<g stroke=\"{Outline}\" stroke-width=\"0.8\" stroke-linejoin=\"round\">");
        foreach (var region in map.Regions)
        {
            var hasValue = values.TryGetValue(region.Code, out var value);
            var valueClass = hasValue ? ValueClasses.Of(value, classes) : null;
            var fill = valueClass?.Colour ?? $"url(#{id}-no-data)";
            var label = hasValue ? data.FormatValue(value) : data.NoDataLabel;
            html.Append($"<path data-state=\"{E(region.Code)}\"");
            if (hasValue) html.Append($" data-value=\"{Invariant(value)}\" data-class=\"{valueClass!.Index}\"");
            html.Append($" fill=\"{fill}\" vector-effect=\"non-scaling-stroke\" d=\"{region.PathData}\">")
                .Append($"<title>{E(region.Name)}: {E(label)}</title></path>");
        }
        html.Append("</g></svg>");
    }

    private static void AppendLegend(StringBuilder html, ChoroplethData data, IReadOnlyList<ValueClass> classes, bool anyWithout)
    {
        html.Append($"<div class=\"map-legend\"><p class=\"map-legend-title\">{E(data.LegendTitle)}</p><ul>");
        foreach (var valueClass in classes)
        {
            var bounds = valueClass.Lower == valueClass.Upper
                ? data.FormatValue(valueClass.Lower)
                : $"{data.FormatValue(valueClass.Lower)} – {data.FormatValue(valueClass.Upper)}";
            html.Append($"<li data-class=\"{valueClass.Index}\">")
                .Append(Swatch($"<rect width=\"22\" height=\"14\" fill=\"{valueClass.Colour}\" stroke=\"{Outline}\"/>"))
                .Append($"<span>{E(bounds)}</span></li>");
        }
        if (anyWithout)
        {
            var pattern = $"{E(data.Id)}-no-data-key";
            html.Append("<li data-class=\"none\">")
                .Append(Swatch($"<defs>{HatchPattern(pattern, size: 5)}</defs><rect width=\"22\" height=\"14\" fill=\"url(#{pattern})\" stroke=\"{Outline}\"/>"))
                .Append($"<span>{E(data.NoDataLabel)}</span></li>");
        }
        html.Append("</ul></div>");
    }

    private static string Swatch(string content) =>
        $"<svg class=\"swatch\" xmlns=\"http://www.w3.org/2000/svg\" width=\"22\" height=\"14\" viewBox=\"0 0 22 14\" aria-hidden=\"true\" focusable=\"false\">{content}</svg>";

    // Diagonal lines rather than a pale fill, so "no data" differs from the lightest class by pattern, not only by colour.
    private static string HatchPattern(string id, int size) => string.Create(CultureInfo.InvariantCulture,
        $"<pattern id=\"{id}\" width=\"{size}\" height=\"{size}\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">" +
        $"<rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/>" +
        $"<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"{size}\" stroke=\"{Hatching}\" stroke-width=\"{size / 3.0:0.##}\"/></pattern>");

    private static string Invariant(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    private static string E(string text) => Encoder.Encode(text);
}
