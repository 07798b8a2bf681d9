using System.Text.Json.Serialization;
using Avance.Features.Evidence;
using Avance.Features.Indicators;

namespace Avance.Features.Reporting.Entry;

/// <summary>A reporting period as the entry pages and API show it.</summary>
public sealed record PeriodRow(
    int Id, int PlanId, int CountryId, string PlanCode, string Label, DateOnly StartsOn, DateOnly EndsOn, DateOnly? Deadline,
    [property: JsonConverter(typeof(JsonStringEnumConverter<PeriodState>))] PeriodState State)
{
    public bool IsOpen => State == PeriodState.Open;
}

/// <summary>
/// One indicator to report for a period: its definition, one row per combination it declares with the saved value,
/// and the narrative, source and date of the entry. The form, the API and the template all show this.
/// </summary>
public sealed record IndicatorEntryRow(
    int IndicatorId, string Code, string Wording, IndicatorType Type, string? Unit, bool WholeNumbers,
    int? OrganisationId, string? Organisation,
    IReadOnlyList<DisaggregationDimension> Dimensions,
    IReadOnlyList<CombinationRow> Combinations,
    string? NarrativeEnglish, string? NarrativeSpanish, EntrySourceRow? Source, DateOnly? SourceDate,
    [property: JsonConverter(typeof(JsonStringEnumConverter<EntryState>))] EntryState State)
{
    public CombinationRow Total => Combinations[0];
    public bool Editable => Combinations.Any(c => c.Editable);
}

/// <summary>
/// A combination of an indicator: "" for the total or "sex=female"; <see cref="Version"/> is what an edit must send back
/// (0 when nothing is saved yet). Only a draft or a returned value can be changed.
/// </summary>
public sealed record CombinationRow(
    string Key, DisaggregationDimension? Dimension, string? Category, string Label,
    int? MeasurementId, decimal? Value, string? TextValue,
    [property: JsonConverter(typeof(JsonStringEnumConverter<MeasurementStatus>))] MeasurementStatus? Status,
    int Version, string? ReturnReason, IReadOnlyList<EvidenceRow> Evidence)
{
    public bool Editable => Status is null or MeasurementStatus.Draft or MeasurementStatus.Returned;
    public bool IsTotal => Key.Length == 0;
}

public sealed record EntrySourceRow(int Id, string Title, string? Url);

/// <summary>Where an indicator's entry stands, by the value that most needs someone's attention.</summary>
public enum EntryState { NotStarted, Returned, Draft, Submitted, Approved, Published }

/// <summary>One activity to report on for a period, with the status report saved so far.</summary>
public sealed record ActivityEntryRow(
    int ActivityId, string Reference, string Statement, IReadOnlyList<int> OrganisationIds, string Organisations,
    ImplementationStatus? Status,
    [property: JsonConverter(typeof(JsonStringEnumConverter<MeasurementStatus>))] MeasurementStatus? ReportStatus,
    int Version, string? NarrativeEnglish, string? NarrativeSpanish)
{
    public bool Editable => ReportStatus is null or MeasurementStatus.Draft or MeasurementStatus.Returned;
}

/// <summary>Whose indicators and activities to list: one organisation's, or all (coordinators), or one indicator.</summary>
public sealed record EntryScope(int? OrganisationId, int? IndicatorId = null, int? ActivityId = null);
