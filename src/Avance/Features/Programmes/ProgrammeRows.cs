using System.Text.Json;
using System.Text.Json.Serialization;
using Avance.Features.Sources;

namespace Avance.Features.Programmes;

/// <summary>A programme as lists and its own page show it: the years it has figures for, newest first.</summary>
public sealed record ProgrammeRow(
    string Code, string Name, string? Description, string? LeadOrganisation, string? LeadOrganisationAcronym, IReadOnlyList<int> Years);

/// <summary>
/// One figure with where it applies and who gives it. StateCode and State are null for national figures; Channel is
/// null when the figure covers the whole programme.
/// </summary>
public sealed record ProgrammeFigureRow(
    int Year,
    [property: JsonConverter(typeof(MetricNameConverter))] ProgrammeMetric Metric,
    string? StateCode,
    string? State,
    string? Municipality,
    decimal Value,
    bool IsLowerBound,
    string? Currency,
    string? Channel,
    SourceRow Source);

/// <summary>A programme and one page of its figures, in the paged envelope every API list uses.</summary>
public sealed record ProgrammeFiguresPage(ProgrammeRow Programme, IReadOnlyList<ProgrammeFigureRow> Items, int Page, int PageSize, int Total);

/// <summary>A page of programmes in the paged envelope every API list uses.</summary>
public sealed record ProgrammesPage(IReadOnlyList<ProgrammeRow> Items, int Page, int PageSize, int Total);

/// <summary>Metrics travel as the lower-case names the API's metric filter takes ("networks").</summary>
public sealed class MetricNameConverter() : JsonStringEnumConverter<ProgrammeMetric>(JsonNamingPolicy.CamelCase, allowIntegerValues: false);
