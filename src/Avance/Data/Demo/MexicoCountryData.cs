using Avance.Features.Countries;
using static Avance.Data.Demo.DemoText;

namespace Avance.Data.Demo;

/// <summary>Mexico, its 32 states and the context figures of seed 000.</summary>
internal static class MexicoCountryData
{
    // INEGI code, short name and abbreviation, from INEGI's 2020 state list (mexico-states-inegi-2020.csv), kept
    // here as data because the running product must not depend on the shared reference files.
    private static readonly (string Code, string Name, string Abbreviation)[] States =
    [
        ("01", "Aguascalientes", "AGS"),
        ("02", "Baja California", "BC"),
        ("03", "Baja California Sur", "BCS"),
        ("04", "Campeche", "CAMP"),
        ("05", "Coahuila", "COAH"),
        ("06", "Colima", "COL"),
        ("07", "Chiapas", "CHPS"),
        ("08", "Chihuahua", "CHIH"),
        ("09", "Ciudad de México", "CDMX"),
        ("10", "Durango", "DGO"),
        ("11", "Guanajuato", "GTO"),
        ("12", "Guerrero", "GRO"),
        ("13", "Hidalgo", "HGO"),
        ("14", "Jalisco", "JAL"),
        ("15", "México", "MEX"),
        ("16", "Michoacán", "MICH"),
        ("17", "Morelos", "MOR"),
        ("18", "Nayarit", "NAY"),
        ("19", "Nuevo León", "NL"),
        ("20", "Oaxaca", "OAX"),
        ("21", "Puebla", "PUE"),
        ("22", "Querétaro", "QRO"),
        ("23", "Quintana Roo", "QROO"),
        ("24", "San Luis Potosí", "SLP"),
        ("25", "Sinaloa", "SIN"),
        ("26", "Sonora", "SON"),
        ("27", "Tabasco", "TAB"),
        ("28", "Tamaulipas", "TAM"),
        ("29", "Tlaxcala", "TLAX"),
        ("30", "Veracruz", "VER"),
        ("31", "Yucatán", "YUC"),
        ("32", "Zacatecas", "ZAC"),    ];

    public static async Task<Country> AddAsync(AvanceDb db, DemoSourceSet sources, CancellationToken cancellationToken)
    {
        var mexico = new Country { Iso2 = S("MX"), Iso3 = S("MEX"), Name = T("Mexico", "México") };
        foreach (var (code, name, abbreviation) in States)
            mexico.Areas.Add(new AdministrativeArea { Code = S(code), Name = S(name), Abbreviation = S(abbreviation) });

        var cedaw = Index("cedaw-ratification", ContextValueKind.YearOfEvent, 1,
            "CEDAW ratification", "Ratificación de la CEDAW");
        var genderGap = Index("global-gender-gap-rank", ContextValueKind.Rank, 2,
            "Global Gender Gap Index rank", "Posición en el Índice Global de Brecha de Género");
        var armsTrade = Index("att-ratification", ContextValueKind.YearOfEvent, 3,
            "Arms Trade Treaty ratification", "Ratificación del Tratado sobre el Comercio de Armas");
        var military = Index("military-expenditure", ContextValueKind.Money, 4,
            "Military expenditure", "Gasto militar");
        db.ContextIndexes.AddRange(cedaw, genderGap, armsTrade, military);

        var profile = sources.NapProfile;
        mexico.ContextValues.AddRange(
        [
            new ContextIndexValue { Index = cedaw, Year = 1981, Value = 1981, Source = profile },
            new ContextIndexValue { Index = genderGap, Year = 2020, Value = 25, OutOf = 153, Source = profile },
            new ContextIndexValue { Index = armsTrade, Year = 2013, Value = 2013, Source = profile },
            new ContextIndexValue { Index = military, Year = 2019, Value = 6_536_000_000m, Currency = S("USD"), Source = profile },
        ]);

        db.Countries.Add(mexico);
        await db.SaveChangesAsync(cancellationToken);
        return mexico;
    }

    private static ContextIndex Index(string code, ContextValueKind kind, int order, string english, string spanish) =>
        new() { Code = S(code), ValueKind = kind, DisplayOrder = order, Name = T(english, spanish) };
}
