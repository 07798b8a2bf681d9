using Avance.Domain;

namespace Avance.Features.Countries;

public sealed class Country
{
    public int Id { get; private set; }
    /// <summary>ISO 3166-1 alpha-2, upper case ("MX").</summary>
    public required string Iso2 { get; set; }
    public required string Iso3 { get; set; }
    public required LocalizedText Name { get; set; }
    public List<ContextIndexValue> ContextValues { get; private set; } = [];
    public List<AdministrativeArea> Areas { get; private set; } = [];
}

/// <summary>A first-level subdivision (Mexico's 32 states), keyed by the national statistics code (INEGI "01"…"32").</summary>
public sealed class AdministrativeArea
{
    public int Id { get; private set; }
    public int CountryId { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string Abbreviation { get; set; }
}
