using Avance.Domain;

namespace Avance.Features.Countries;

/// <summary>
/// A kind of country context figure (CEDAW ratification, Global Gender Gap Index rank …). New kinds are rows, not columns.
/// </summary>
public sealed class ContextIndex
{
    public int Id { get; private set; }
    /// <summary>Stable code such as "cedaw-ratification".</summary>
    public required string Code { get; set; }
    public required LocalizedText Name { get; set; }
    public required ContextValueKind ValueKind { get; set; }
    public int DisplayOrder { get; set; }
}

public enum ContextValueKind
{
    /// <summary>The value is the year something happened (ratified, acceded).</summary>
    YearOfEvent,
    /// <summary>A rank; <see cref="ContextIndexValue.OutOf"/> holds the number ranked.</summary>
    Rank,
    /// <summary>An amount of money in <see cref="ContextIndexValue.Currency"/>.</summary>
    Money,
    Number,
    Percentage,
}

/// <summary>One figure for one country, year and source. Different sources for the same year coexist.</summary>
public sealed class ContextIndexValue
{
    public int Id { get; private set; }
    public int CountryId { get; set; }
    public int ContextIndexId { get; set; }
    public ContextIndex? Index { get; set; }
    /// <summary>The year the figure refers to.</summary>
    public required int Year { get; set; }
    public required decimal Value { get; set; }
    public decimal? OutOf { get; set; }
    public string? Currency { get; set; }
    public int SourceId { get; set; }
    public Source? Source { get; set; }
}
