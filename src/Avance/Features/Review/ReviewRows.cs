using System.Text.Json.Serialization;
using Avance.Features.Indicators;
using Avance.Features.Reporting;
using Avance.Features.Sources;

namespace Avance.Features.Review;

/// <summary>The indicator a reviewer is looking at: what it measures and whose it is.</summary>
public sealed record ReviewIndicator(int Id, string Code, string Wording, IndicatorType Type, string? Unit, int? OrganisationId, string? Organisation);

/// <summary>One reported value as the reviewer sees it, with the version a decision on it must start from.</summary>
public sealed record ReviewValueRow(
    int MeasurementId,
    string Disaggregation,
    IReadOnlyList<DisaggregationPartRow> Parts,
    decimal? Value,
    string? TextValue,
    string? Narrative,
    SourceRow? Source,
    DateOnly? SourceDate,
    [property: JsonConverter(typeof(JsonStringEnumConverter<MeasurementStatus>))] MeasurementStatus Status,
    string? ReturnReason,
    int Version);

/// <summary>An indicator's values in one period.</summary>
public sealed record ReviewIndicatorRow(ReviewIndicator Indicator, IReadOnlyList<ReviewValueRow> Values);

/// <summary>An activity's status report in one period.</summary>
public sealed record ReviewReportRow(
    int ReportId,
    int ActivityId,
    string Code,
    string Statement,
    [property: JsonConverter(typeof(JsonStringEnumConverter<ImplementationStatus>))] ImplementationStatus Status,
    string? Narrative,
    [property: JsonConverter(typeof(JsonStringEnumConverter<MeasurementStatus>))] MeasurementStatus ReportStatus,
    int Version);

/// <summary>What waits for the coordinator's decision in a period.</summary>
public sealed record ReviewQueue(PeriodRow Period, IReadOnlyList<ReviewIndicatorRow> Indicators, IReadOnlyList<ReviewReportRow> Activities);

/// <summary>A value recorded for a measurement: the first entry, each re-entry, each correction with its reason.</summary>
public sealed record RevisionRow(int Number, decimal? Value, string? TextValue, DateTimeOffset RecordedAt, string? Reason);

/// <summary>One measurement with everything recorded about it, for its review page and the API.</summary>
public sealed record MeasurementDetail(PeriodRow Period, ReviewIndicator Indicator, ReviewValueRow Value,
    IReadOnlyList<RevisionRow> Revisions, IReadOnlyList<HistoryRow> History);

/// <summary>One activity report with its history; a return's reason is kept in the audit trail.</summary>
public sealed record ActivityReportDetail(PeriodRow Period, ReviewReportRow Report, IReadOnlyList<string> Organisations,
    string? ReturnReason, IReadOnlyList<HistoryRow> History);

/// <summary>A returned activity report and the reason it was returned with.</summary>
public sealed record ReturnedReport(ReviewReportRow Report, string? Reason);

/// <summary>What an organisation has to fix in a period: returned values (each with its reason) and returned activity reports.</summary>
public sealed record ReturnedWork(IReadOnlyList<ReviewIndicatorRow> Values, IReadOnlyList<ReturnedReport> Reports);
