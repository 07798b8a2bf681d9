namespace Avance.Web.Maps;

/// <summary>
/// Mexico's 32 states keyed by INEGI code ("01"…"32"), simplified from INEGI's shapes at development time
/// (tools/simplify-mexico-states.py) and embedded, so the map needs no network and no files beside the program.
/// </summary>
public static class MexicoStates
{
    private const string Resource = "Avance.Data.Reference.mexico-states.json";

    private static readonly Lazy<IReadOnlyList<RegionShape>> LoadedShapes = new(() =>
    {
        using var stream = typeof(MexicoStates).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The embedded resource {Resource} is missing.");
        return GeoJsonRegions.Read(stream);
    });

    private static readonly Lazy<ProjectedMap> ProjectedMap = new(() => Maps.ProjectedMap.Of(Shapes));

    public static IReadOnlyList<RegionShape> Shapes => LoadedShapes.Value;

    /// <summary>The states projected for drawing, computed once per process.</summary>
    public static ProjectedMap Map => ProjectedMap.Value;
}
