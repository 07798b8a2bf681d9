using Avance.Domain;

namespace Avance.Features.Programmes;

/// <summary>A territorial programme reported by year and place, such as the Women Peacebuilders networks (MUCPAZ).</summary>
public sealed class Programme
{
    public int Id { get; private set; }
    public int CountryId { get; set; }
    public required string Code { get; set; }
    public required LocalizedText Name { get; set; }
    public LocalizedText? Description { get; set; }
    public int? LeadOrganisationId { get; set; }
    public List<ProgrammeFigure> Figures { get; private set; } = [];
}

public enum ProgrammeMetric { Networks, Members, Municipalities, States, Investment, Presence }

/// <summary>
/// One count for a programme: a year, a place (the whole country when no state is given), a metric and the source
/// that gives it. Sources that disagree each keep their own row.
/// </summary>
public sealed class ProgrammeFigure
{
    public int Id { get; private set; }
    public int ProgrammeId { get; set; }
    public required int Year { get; set; }
    public int? AreaId { get; set; }
    public Countries.AdministrativeArea? Area { get; set; }
    public string? Municipality { get; set; }
    public required ProgrammeMetric Metric { get; set; }
    public required decimal Value { get; set; }
    /// <summary>The source says "more than" the value.</summary>
    public bool IsLowerBound { get; set; }
    /// <summary>Money is in this currency; null for counts.</summary>
    public string? Currency { get; set; }
    /// <summary>A part of the programme the figure is limited to, such as one funding stream ("FORTASEG").</summary>
    public string? Channel { get; set; }
    public int SourceId { get; set; }
    public Source? Source { get; set; }
}
