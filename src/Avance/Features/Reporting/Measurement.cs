using Avance.Domain;

namespace Avance.Features.Reporting;

/// <summary>
/// The value of one indicator for one period and one disaggregation combination. The current state lives here;
/// every recorded value is also kept as a <see cref="MeasurementRevision"/>, so nothing reported is ever lost.
/// </summary>
public sealed class Measurement
{
    private const string Subject = "measurement";

    private Measurement() { Disaggregation = DisaggregationKey.Total; }

    public Measurement(int indicatorId, int reportingPeriodId, DisaggregationKey disaggregation)
    {
        IndicatorId = indicatorId;
        ReportingPeriodId = reportingPeriodId;
        Disaggregation = disaggregation;
        Status = MeasurementStatus.Draft;
    }

    public int Id { get; private set; }
    public int IndicatorId { get; private set; }
    public int ReportingPeriodId { get; private set; }
    public DisaggregationKey Disaggregation { get; private set; }
    public decimal? Value { get; private set; }
    /// <summary>The answer of a yes/no or qualitative indicator.</summary>
    public string? TextValue { get; private set; }
    public LocalizedText? Narrative { get; private set; }
    public int? SourceId { get; private set; }
    public DateOnly? SourceDate { get; private set; }
    public MeasurementStatus Status { get; private set; }
    public string? ReturnReason { get; private set; }
    /// <summary>Optimistic concurrency: a save based on an older version is refused, never merged silently.</summary>
    public int Version { get; private set; }
    public List<MeasurementRevision> Revisions { get; private set; } = [];

    /// <summary>
    /// Records a value as it was given (draft entry, import, demo data), keeping the previous one in the history.
    /// Approved and published values are locked: only a correction with a reason (<see cref="Correct"/>) changes them.
    /// </summary>
    public void Record(decimal? value, string? textValue, LocalizedText? narrative, int? sourceId, DateOnly? sourceDate, DateTimeOffset at, string? reason = null)
    {
        if (Status is MeasurementStatus.Approved or MeasurementStatus.Published)
            throw new DomainRuleException("measurement.locked", $"A {Status.ToString().ToLowerInvariant()} value is locked; only a correction after publication changes it.");
        Keep(value, textValue, sourceId, sourceDate, at, reason);
        Narrative = narrative;
    }

    /// <summary>
    /// Corrects a published value: it stays public with the new figure, and the reason and the earlier figure stay
    /// in its history, so readers see that it was revised, when, and why.
    /// </summary>
    public void Correct(decimal? value, string? textValue, int? sourceId, DateOnly? sourceDate, DateTimeOffset at, string? reason)
    {
        ReviewCycle.Correct(Status, Subject);
        var why = ReviewCycle.RequireReason(reason, Subject, "correction");
        if (value is null && string.IsNullOrWhiteSpace(textValue))
            throw new DomainRuleException("measurement.empty", "A correction needs a value.");
        if (value == Value && textValue == TextValue && sourceId == SourceId && sourceDate == SourceDate)
            throw new DomainRuleException("measurement.correction-unchanged", "The correction gives the value it already has.");
        Keep(value, textValue, sourceId, sourceDate, at, why);
    }

    /// <summary>The agency sends a draft (or a returned value it corrected) for review.</summary>
    public void Submit()
    {
        if (Value is null && TextValue is null)
            throw new DomainRuleException("measurement.empty", "A measurement with no value cannot be submitted.");
        Move(ReviewCycle.Submit(Status, Subject));
    }

    /// <summary>The coordinator sends a submitted value back to the agency, saying why.</summary>
    public void Return(string? reason)
    {
        var status = ReviewCycle.Return(Status, Subject);
        ReturnReason = ReviewCycle.RequireReason(reason, Subject, "return");
        Move(status);
    }

    public void Approve()
    {
        Move(ReviewCycle.Approve(Status, Subject));
        ReturnReason = null;
    }

    /// <summary>Makes an approved value public; pages and the API show published values only.</summary>
    public void Publish() => Move(ReviewCycle.Publish(Status, Subject));

    private void Keep(decimal? value, string? textValue, int? sourceId, DateOnly? sourceDate, DateTimeOffset at, string? reason)
    {
        Value = value;
        TextValue = textValue;
        SourceId = sourceId;
        SourceDate = sourceDate;
        Version++;
        Revisions.Add(new MeasurementRevision(Revisions.Count + 1, value, textValue, sourceId, at, reason));
    }

    private void Move(MeasurementStatus status)
    {
        Status = status;
        Version++;
    }
}

public enum MeasurementStatus { Draft, Submitted, Returned, Approved, Published }

public sealed class MeasurementRevision
{
    internal MeasurementRevision(int number, decimal? value, string? textValue, int? sourceId, DateTimeOffset recordedAt, string? reason)
    {
        Number = number;
        Value = value;
        TextValue = textValue;
        SourceId = sourceId;
        RecordedAt = recordedAt;
        Reason = reason;
    }

    public int Id { get; private set; }
    public int MeasurementId { get; private set; }
    public int Number { get; private set; }
    public decimal? Value { get; private set; }
    public string? TextValue { get; private set; }
    public int? SourceId { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public string? Reason { get; private set; }
}
