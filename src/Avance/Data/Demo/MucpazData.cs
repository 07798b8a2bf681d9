using Avance.Domain;
using Avance.Features.Countries;
using Avance.Features.Programmes;
using static Avance.Data.Demo.DemoText;

namespace Avance.Data.Demo;

/// <summary>
/// The Women Peacebuilders networks (MUCPAZ). Seeds 004, 001 and 002 count them differently; each count keeps its
/// own row and source, side by side, and none overrides another.
/// </summary>
internal static class MucpazData
{
    // Seed 002 names the eleven states where networks were installed in 2023.
    private static readonly string[] States2023 =
    [
        "Aguascalientes", "Baja California", "Baja California Sur", "Chiapas", "Chihuahua", "Guerrero",
        "Hidalgo", "Jalisco", "Sonora", "Sinaloa", "Yucatán",
    ];

    public static async Task AddAsync(AvanceDb db, Country mexico, MexicoOrganisationSet organisations, DemoSourceSet sources,
        CancellationToken cancellationToken)
    {
        var mucpaz = new Programme
        {
            CountryId = mexico.Id,
            Code = S("MUCPAZ"),
            Name = T("Women Peacebuilders Networks", "Redes de Mujeres Constructoras de Paz"),
            Description = T(
                "A strategy Inmujeres and the Executive Secretariat of the National Public Security System (SESNSP) launched in 2019 to rebuild the social fabric and prevent violence and crime through social action, above all by bringing women into peacebuilding and conflict resolution. Women's networks in municipalities and communities map local risks and violence, draw up action routes and work with the authorities to recover public spaces. The strategy is part of NAP-1325, through actions at municipal level, and of the Comprehensive Strategy for the Prevention of Family and Gender Violence.",
                "Estrategia que Inmujeres y el Secretariado Ejecutivo del Sistema Nacional de Seguridad Pública (SESNSP) pusieron en marcha en 2019 para reconstruir el tejido social y prevenir socialmente la violencia y la delincuencia, sobre todo mediante la participación de las mujeres en la construcción de paz y la resolución de conflictos. Redes de mujeres en municipios y comunidades identifican riesgos y violencias locales, trazan rutas de acción y trabajan con las autoridades para recuperar espacios públicos. La estrategia forma parte del PNA-1325, mediante acciones en el ámbito municipal, y de la Estrategia Integral para la Prevención de la Violencia Familiar y de Género."),
            LeadOrganisationId = organisations.Inmujeres.Id,
        };

        // Seed 004 (2021) splits the count by the federal security fund that paid for the networks.
        var article = sources.InmujeresArticle;
        AddFigures(mucpaz, 2021, article, channel: "FORTASEG",
            (ProgrammeMetric.Networks, 217m, false), (ProgrammeMetric.Members, 3_510m, false),
            (ProgrammeMetric.Municipalities, 107m, false), (ProgrammeMetric.States, 27m, false));
        mucpaz.Figures.Add(Investment(2021, article, "FORTASEG", 123_000_000m, isLowerBound: true));
        AddFigures(mucpaz, 2021, article, channel: "FASP",
            (ProgrammeMetric.Networks, 40m, false), (ProgrammeMetric.States, 9m, false));
        mucpaz.Figures.Add(Investment(2021, article, "FASP", 9_000_000m, isLowerBound: false));

        AddFigures(mucpaz, 2021, sources.OutcomeNotes, channel: null,
            (ProgrammeMetric.Networks, 80m, false), (ProgrammeMetric.Municipalities, 54m, false),
            (ProgrammeMetric.States, 11m, false), (ProgrammeMetric.Members, 1_500m, true));

        var seed002 = sources.JusticeResources;
        AddFigures(mucpaz, 2023, seed002, channel: null,
            (ProgrammeMetric.Networks, 987m, false), (ProgrammeMetric.Members, 22_000m, true),
            (ProgrammeMetric.States, 11m, false));
        foreach (var state in States2023)
        {
            var area = mexico.Areas.Single(a => a.Name == S(state));
            mucpaz.Figures.Add(new ProgrammeFigure
            {
                Year = 2023, AreaId = area.Id, Metric = ProgrammeMetric.Presence, Value = 1m, Source = seed002,
            });
        }

        db.Programmes.Add(mucpaz);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static void AddFigures(Programme programme, int year, Source source, string? channel,
        params (ProgrammeMetric Metric, decimal Value, bool IsLowerBound)[] counts)
    {
        foreach (var (metric, value, isLowerBound) in counts)
        {
            programme.Figures.Add(new ProgrammeFigure
            {
                Year = year,
                Metric = metric,
                Value = value,
                IsLowerBound = isLowerBound,
                Channel = channel is null ? null : S(channel),
                Source = source,
            });
        }
    }

    private static ProgrammeFigure Investment(int year, Source source, string channel, decimal pesos, bool isLowerBound) => new()
    {
        Year = year,
        Metric = ProgrammeMetric.Investment,
        Value = pesos,
        Currency = S("MXN"),
        IsLowerBound = isLowerBound,
        Channel = S(channel),
        Source = source,
    };
}
